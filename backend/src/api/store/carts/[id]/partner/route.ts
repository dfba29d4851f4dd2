import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { setCartPartnerWorkflow } from "../../../../../workflows/partners/set-cart-partner"
import { deploymentSecret, readSignedId } from "../../../../lib/security/signed-tokens"
import type { StoreCartPartnerType } from "../../../../partner/validators"

/**
 * POST /store/carts/:id/partner { visit_token } → { cart_id, partner: { display_name } | null }: the
 * partner of the visit POST /store/partner-visits recorded (its `visit_token`) brought this cart. The
 * last click wins; a partner no longer active changes nothing and answers partner null.
 */
export async function POST(req: MedusaStoreRequest<StoreCartPartnerType>, res: MedusaResponse) {
  const visitId = readSignedId(deploymentSecret(req), "partner-visit", req.validatedBody.visit_token)
  if (!visitId) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "visit_token is not one this shop gave out: follow the partner's link again")
  }
  const { result } = await setCartPartnerWorkflow(req.scope).run({ input: { cart_id: req.params.id!, visit_id: visitId } })
  res.json({ cart_id: result.cart_id, partner: result.partner ? { display_name: result.partner.display_name } : null })
}
