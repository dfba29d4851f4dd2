import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { deploymentSecret } from "../../lib/security/signed-tokens"
import { orderAccessToken } from "../../lib/security/private-store"
import type { StoreOrderLookupType } from "./middlewares"

/**
 * POST /store/order-lookup { display_id, email } → { order_id, access_token }: a guest opens its order
 * (the link of the confirmation e-mail) with the order number and the e-mail it was placed with.
 * The token is the order's own access token (issue #21: GET /store/orders/:id with
 * x-order-access-token). A wrong pair answers 404, the same whether the number exists or not;
 * failures are limited like logins.
 */
export async function POST(req: MedusaRequest<StoreOrderLookupType>, res: MedusaResponse) {
  const { display_id, email } = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // display_id is a number; the generated filter types say string.
  const { data } = await query.graph({ entity: "order", fields: ["id", "email"], filters: { display_id } as never })
  const order = (data as Array<{ id: string; email?: string | null }>).find((o) => o.email?.trim().toLowerCase() === email.toLowerCase())
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "No order has this number and e-mail address. Check both in the confirmation e-mail.")
  }
  res.json({ order_id: order.id, access_token: orderAccessToken(deploymentSecret(req), order.id) })
}
