import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendTaxWithheld } from "../../../lib/ledger-month"
import { producerScope } from "../../../lib/producer-portal/scope"

/** GET /producer/balance/tax?year=YYYY[&format=csv] → revenue and tax withheld per month (src/api/lib/ledger-month.ts). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendTaxWithheld(req, res, producerScope(req).producer_id)
}
