import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendLedgerMonth } from "../../../producer/balance/ledger-month"
import { partnerScope } from "../../lib/scope"

/** GET /partner/balance/months?month=YYYY-MM → the partner's commission lines of the month, pending/payable/paid. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendLedgerMonth(req, res, { type: "partner", id: partnerScope(req).partner_id })
}
