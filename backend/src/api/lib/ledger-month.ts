import { validateAndTransformQuery, type AuthenticatedMedusaRequest, type MedusaResponse, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { periodEnd, periodStart, toCsv } from "@ocop/core/dist/server"
import { LEDGER_MODULE, type LedgerModuleService } from "../../modules/ledger"

// Ledger lines by month for producers and partners (GET /producer/balance/months,
// /partner/balance/months) and a producer's tax withheld per month (GET /producer/balance/tax).
// Sign-in is the /producer/balance* and /partner/balance* middlewares'.

const thisMonth = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7)

export const LedgerMonthQuery = z
  .object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "month must be written YYYY-MM").optional() })
  .strict()
export const TaxYearQuery = z
  .object({ year: z.string().regex(/^20\d{2}$/, "year must be written YYYY").optional(), format: z.enum(["json", "csv"]).optional() })
  .strict()

const list = { defaults: ["id"], isList: true }
export const ledgerMonthMiddlewares: MiddlewareRoute[] = [
  { matcher: "/producer/balance/months", method: ["GET"], middlewares: [validateAndTransformQuery(LedgerMonthQuery, list)] },
  { matcher: "/partner/balance/months", method: ["GET"], middlewares: [validateAndTransformQuery(LedgerMonthQuery, list)] },
  { matcher: "/producer/balance/tax", method: ["GET"], middlewares: [validateAndTransformQuery(TaxYearQuery, list)] },
]

/**
 * → { month, currency_code: "vnd", lines: [{ id, kind, order_id, line_item_id, amount, occurred_at,
 * available_at, status: pending|payable|paid }], totals: { pending, payable, paid } } of the entries
 * that occurred in the month (Vietnam time). Whole đồng.
 */
export async function sendLedgerMonth(req: AuthenticatedMedusaRequest, res: MedusaResponse, account: { type: "producer" | "partner"; id: string }) {
  const month = (req.validatedQuery as { month?: string }).month ?? thisMonth()
  const lines = await req.scope.resolve<LedgerModuleService>(LEDGER_MODULE).monthLines(account.type, account.id, periodStart(month)!, periodEnd(month)!)
  const totals = { pending: 0, payable: 0, paid: 0 }
  for (const l of lines) if (l.kind !== "payout") totals[l.status] += l.amount
  res.json({ month, currency_code: "vnd", lines, totals })
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
