import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toCsv } from "@ocop/core/dist/server"
import { payoutBatch } from "../../read"

/**
 * GET /admin/payouts/:id/transfers → the bank transfer file of a batch (CSV: bank BIN, account
 * number, account name, amount in đồng, transfer content), one row per payee.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const batch = await payoutBatch(req.scope, req.params.id!)
  const rows = batch.lines.map((l) => [l.bank_bin, l.account_number, l.account_name, l.amount, l.content])
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="chi-tra-${batch.period}.csv"`)
  res.status(200).send(toCsv([["bank_bin", "account_number", "account_name", "amount_vnd", "content"], ...rows]))
}
