import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendTaxWithheld } from "../ledger-month"
import { producerScope } from "../../lib/scope"

/** GET /producer/balance/tax?year=YYYY[&format=csv] → revenue and tax withheld per month (src/api/producer/balance/ledger-month.ts). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendTaxWithheld(req, res, producerScope(req).producer_id)
}
