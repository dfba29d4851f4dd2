import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { periodEnd, periodStart, toCsv } from "@ocop/core/dist/server"
import { LEDGER_MODULE, type LedgerModuleService } from "../../../modules/ledger"

// Ledger lines by month for producers and partners (GET /producer/balance/months,
// /partner/balance/months) and a producer's tax withheld per month (GET /producer/balance/tax).
// Sign-in and these queries' validation are src/api/{producer,partner}/middlewares.ts'.

const thisMonth = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7)

export const LedgerMonthQuery = z
  .object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "month must be written YYYY-MM").optional(), format: z.enum(["json", "csv"]).optional() })
  .strict()
export const TaxYearQuery = z
  .object({ year: z.string().regex(/^20\d{2}$/, "year must be written YYYY").optional(), format: z.enum(["json", "csv"]).optional() })
  .strict()

/**
 * → { month, currency_code: "vnd", lines: [{ id, kind, order_id, display_id, line_item_id, title,
 * amount, occurred_at, available_at, status: pending|payable|paid }], totals: { pending, payable, paid } }
 * of the entries that occurred in the month (Vietnam time), whole đồng; with format=csv the lines
 * as a CSV download (the statement).
 */
export async function sendLedgerMonth(req: AuthenticatedMedusaRequest, res: MedusaResponse, account: { type: "producer" | "partner"; id: string }) {
  const { month = thisMonth(), format } = req.validatedQuery as { month?: string; format?: "json" | "csv" }
  const entries = await req.scope.resolve<LedgerModuleService>(LEDGER_MODULE).monthLines(account.type, account.id, periodStart(month)!, periodEnd(month)!)
  // The order's number and the line's product, so that a person can tell the lines apart.
  const orderIds = [...new Set(entries.map((l) => l.order_id).filter((id): id is string => !!id))]
  const { data: orders } = orderIds.length
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "display_id", "items.id", "items.title"], filters: { id: orderIds } })
    : { data: [] }
  const rows = orders as Array<{ id: string; display_id?: unknown; items?: Array<{ id: string; title: string } | null> | null }>
  const displayOf = new Map(rows.map((o) => [o.id, Number(o.display_id)]))
  const titleOf = new Map(rows.flatMap((o) => (o.items ?? []).filter(Boolean).map((i) => [i!.id, i!.title] as const)))
  const lines = entries.map((l) => ({
    ...l,
    display_id: l.order_id ? displayOf.get(l.order_id) ?? null : null,
    title: l.line_item_id ? titleOf.get(l.line_item_id) ?? null : null,
  }))
  const totals = { pending: 0, payable: 0, paid: 0 }
  for (const l of lines) if (l.kind !== "payout") totals[l.status] += l.amount
  if (format !== "csv") return void res.json({ month, currency_code: "vnd", lines, totals })
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="so-cai-${month}.csv"`)
  const header = ["Ngày / Date", "Loại / Kind", "Đơn / Order", "Sản phẩm / Product", "Số tiền / Amount (VND)", "Trạng thái / Status"]
  const day = (d: Date | string) => new Date(new Date(d).getTime() + 7 * 3_600_000).toISOString().slice(0, 10)
  res.status(200).send(toCsv([header, ...lines.map((l) => [day(l.occurred_at), l.kind, l.display_id ?? l.order_id ?? "", l.title ?? "", l.amount, l.status])]))
}

/** → { year, months: [{ month, revenue, vat, pit }] }, or with format=csv the same as a CSV download. */
export async function sendTaxWithheld(req: AuthenticatedMedusaRequest, res: MedusaResponse, producerId: string) {
  const { year = thisMonth().slice(0, 4), format } = req.validatedQuery as { year?: string; format?: "json" | "csv" }
  const months = await req.scope.resolve<LedgerModuleService>(LEDGER_MODULE).withheldByMonth(producerId, periodStart(`${year}-01`)!, periodEnd(`${year}-12`)!)
  if (format !== "csv") return void res.json({ year, currency_code: "vnd", months })
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="thue-khau-tru-${year}.csv"`)
  const header = ["Tháng / Month", "Doanh thu / Revenue (VND)", "Thuế GTGT khấu trừ / VAT withheld", "Thuế TNCN khấu trừ / PIT withheld"]
  res.status(200).send(toCsv([header, ...months.map((m) => [m.month, m.revenue, m.vat, m.pit])]))
}

/**
 * → { currency_code: "vnd", payouts: [{ batch_id, period, paid_at, amount, bank_reference }] }: what
 * the platform has transferred to this producer or partner, from the paid payout batches, newest first.
 */
export async function sendPayoutsReceived(req: AuthenticatedMedusaRequest, res: MedusaResponse, account: { type: "producer" | "partner"; id: string }) {
  const ledger = req.scope.resolve<LedgerModuleService>(LEDGER_MODULE)
  const lines = await ledger.listPayoutLines({ account_type: account.type, account_id: account.id }, { relations: ["batch"], take: null })
  const payouts = lines
    .filter((l) => l.batch?.status === "paid")
    .map((l) => ({
      batch_id: l.batch.id,
      period: l.batch.period,
      paid_at: l.batch.paid_at,
      amount: Math.round(Number(l.amount)),
      bank_reference: l.batch.bank_reference,
    }))
    .sort((a, b) => new Date(b.paid_at ?? 0).getTime() - new Date(a.paid_at ?? 0).getTime())
  res.json({ currency_code: "vnd", payouts })
}
