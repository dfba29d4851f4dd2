import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeFavouriteWorkflow } from "../../../../../../workflows/favourites"

/**
 * DELETE /store/customers/me/favourites/:product_id → { product_id, object: "favourite", deleted: true }:
 * takes the product off the signed-in customer's favourites (also when it was not there).
 */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const productId = req.params.product_id!
  await removeFavouriteWorkflow(req.scope).run({ input: { customer_id: req.auth_context.actor_id, product_id: productId } })
  res.json({ product_id: productId, object: "favourite", deleted: true })
}
