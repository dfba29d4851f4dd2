import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { recordPartnerVisitWorkflow } from "../../../workflows/partners/record-partner-visit"
import type { StorePartnerVisitType } from "../../partner/validators"
import { deploymentSecret, signedId } from "../../lib/security/signed-tokens"

/**
 * POST /store/partner-visits { code, path } → { recorded, visit_token? } — an unknown or inactive code
 * is not an error. `visit_token` is what attributes a cart to the partner (POST /store/carts/:id/partner).
 */
export async function POST(req: MedusaStoreRequest<StorePartnerVisitType>, res: MedusaResponse) {
  const { code, path } = req.validatedBody
  const { result } = await recordPartnerVisitWorkflow(req.scope).run({ input: { code, path: path.slice(0, 500) } })
  if (!result.visit_id) return res.json({ recorded: false })
  res.json({ recorded: true, visit_token: signedId(deploymentSecret(req), "partner-visit", result.visit_id) })
}
