import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendLedgerMonth } from "../ledger-month"
import { producerScope } from "../../lib/scope"

/** GET /producer/balance/months?month=YYYY-MM → the producer's ledger lines of the month (src/api/producer/balance/ledger-month.ts). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendLedgerMonth(req, res, { type: "producer", id: producerScope(req).producer_id })
}
