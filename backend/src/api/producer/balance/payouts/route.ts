import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendPayoutsReceived } from "../ledger-month"
import { producerScope } from "../../lib/scope"

/** GET /producer/balance/payouts → the payouts the producer has received (src/api/producer/balance/ledger-month.ts). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendPayoutsReceived(req, res, { type: "producer", id: producerScope(req).producer_id })
}
