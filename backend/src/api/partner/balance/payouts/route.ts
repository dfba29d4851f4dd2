import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendPayoutsReceived } from "../../../producer/balance/ledger-month"
import { partnerScope } from "../../lib/scope"

/** GET /partner/balance/payouts → the commission payouts the partner has received (src/api/producer/balance/ledger-month.ts). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendPayoutsReceived(req, res, { type: "partner", id: partnerScope(req).partner_id })
}
