import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { setCartPartnerWorkflow } from "../../../../../workflows/partners/attribution"
import type { StoreCartPartnerType } from "../../../../lib/partner/validators"

/**
 * POST /store/carts/:id/partner { code } → { cart_id, partner: { display_name } | null }. The last
 * click wins; an unknown or inactive code changes nothing and answers partner null.
 */
export async function POST(req: MedusaStoreRequest<StoreCartPartnerType>, res: MedusaResponse) {
  const { result } = await setCartPartnerWorkflow(req.scope).run({ input: { cart_id: req.params.id!, code: req.validatedBody.code } })
  res.json({ cart_id: result.cart_id, partner: result.partner ? { display_name: result.partner.display_name } : null })
}
