import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { mergeCustomerCartWorkflow } from "../../../../../workflows/carts/merge-customer-cart"
import type { StoreCustomerCartType } from "./middlewares"

/**
 * POST /store/customers/me/cart { guest_cart_id? } → { cart_id }: the logged-in customer's cart,
 * kept across logins and devices, with this browser's guest cart merged in (nothing lost, nothing
 * doubled). cart_id is null when the customer has no open cart and brought none. A guest cart
 * that is completed or another customer's is left alone.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreCustomerCartType>, res: MedusaResponse) {
  const { result } = await mergeCustomerCartWorkflow(req.scope).run({
    input: {
      customer_id: req.auth_context.actor_id,
      guest_cart_id: req.validatedBody.guest_cart_id ?? null,
      sales_channel_ids: (req as unknown as { publishable_key_context?: { sales_channel_ids?: string[] } }).publishable_key_context?.sales_channel_ids,
    },
  })
  res.json({ cart_id: result.cart_id })
}
