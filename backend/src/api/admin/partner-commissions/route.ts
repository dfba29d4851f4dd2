import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { monthInVietnam } from "@ocop/core"
import { toCsv } from "@ocop/core/dist/server"
import { figuresByMonth } from "../../partner/lib/stats"
import type { AdminPartnerCommissionsType } from "../../partner/validators"
import { service } from "../../partner/lib/views"

/**
 * GET /admin/partner-commissions?month=YYYY-MM&format=json|csv (default this month, Vietnam time) →
 * { month, currency_code, rows: [{ partner_id, display_name, legal_name, referral_code, status,
 * commission_rate, clicks, orders, revenue, commission, commission_earned, commission_pending }], totals }
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminPartnerCommissionsType>, res: MedusaResponse) {
  const month = req.validatedQuery.month ?? monthInVietnam(new Date())
  const partners = await service(req.scope).listPartners(
    {},
    { select: ["id", "display_name", "legal_name", "referral_code", "status", "commission_rate"], order: { display_name: "ASC" }, take: 100_000 }
  )
  const figures = await figuresByMonth(req.scope, partners.map((p) => p.id), [month])
  const rows = partners
    .map((p) => {
      const f = figures.get(p.id)?.get(month)
      return {
        partner_id: p.id,
        display_name: p.display_name,
        legal_name: p.legal_name,
        referral_code: p.referral_code,
        status: p.status,
        commission_rate: p.commission_rate,
        clicks: f?.clicks ?? 0,
        orders: f?.orders ?? 0,
        revenue: f?.revenue ?? 0,
        commission: f?.commission ?? 0,
        commission_earned: f?.commission_earned ?? 0,
        commission_pending: f?.commission_pending ?? 0,
      }
    })
    .filter((r) => r.status === "active" || r.clicks || r.orders)
  const totals = { clicks: 0, orders: 0, revenue: 0, commission: 0, commission_earned: 0, commission_pending: 0 }
  for (const r of rows) for (const k of Object.keys(totals) as Array<keyof typeof totals>) totals[k] += r[k]

  if (req.validatedQuery.format === "csv") {
    const header = [
      "month", "partner_id", "display_name", "legal_name", "referral_code", "status", "commission_rate",
      "clicks", "orders", "revenue_vnd", "commission_vnd", "commission_earned_vnd", "commission_pending_vnd",
    ]
    const body = rows.map((r) => [
      month, r.partner_id, r.display_name, r.legal_name, r.referral_code ?? "", r.status, r.commission_rate,
      r.clicks, r.orders, r.revenue, r.commission, r.commission_earned, r.commission_pending,
    ])
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="partner-commissions-${month}.csv"`)
    res.status(200).send(toCsv([header, ...body]))
    return
  }
  res.json({ month, currency_code: "vnd", rows, totals })
}
