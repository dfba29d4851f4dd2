import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendPayoutsReceived } from "../../../lib/ledger-month"
import { producerScope } from "../../../lib/producer-portal/scope"

/** GET /producer/balance/payouts → the payouts the producer has received (src/api/lib/ledger-month.ts). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendPayoutsReceived(req, res, { type: "producer", id: producerScope(req).producer_id })
}
