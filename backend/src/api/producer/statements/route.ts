import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { monthInVietnam } from "@ocop/core"
import { producerStatement, statementCsv } from "../lib/orders"
import { producerScope } from "../lib/scope"
import type { ProducerStatementQueryType } from "../validators"

/**
 * GET /producer/statements?month=YYYY-MM[&format=csv] → { month, producer, currency_code: "vnd",
 * commission_rate, order_count, gross_sales, commission, net_payable, lines: [...] } for orders
 * placed that month (Vietnam time), canceled ones left out. Whole đồng; commission rounded.
 * format=csv: the same as a UTF-8 CSV download.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ProducerStatementQueryType>, res: MedusaResponse) {
  const scope = producerScope(req)
  const month = req.validatedQuery.month ?? monthInVietnam()
  const statement = await producerStatement(req.scope, scope.producer_id, month)
  if (req.validatedQuery.format === "csv") {
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="sao-ke-${statement.producer.handle}-${month}.csv"`)
    res.status(200).send(statementCsv(statement))
    return
  }
  res.json(statement)
}
