import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { recordPartnerVisitWorkflow } from "../../../workflows/partners/attribution"
import type { StorePartnerVisitType } from "../../lib/partner/validators"

/** POST /store/partner-visits { code, path } → { recorded } — an unknown or inactive code is not an error. */
export async function POST(req: MedusaStoreRequest<StorePartnerVisitType>, res: MedusaResponse) {
  const { code, path } = req.validatedBody
  const { result } = await recordPartnerVisitWorkflow(req.scope).run({ input: { code, path: path.slice(0, 500) } })
  res.json(result)
}
