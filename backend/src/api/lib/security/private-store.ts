import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { deploymentSecret, isSignedToken, signedToken } from "./signed-tokens"

// Orders and carts of the store API are private (issue #21: anyone holding an order id read the
// buyer's address and phone, and producers and partners see order ids in their portals).
//  - GET /store/orders/:id answers its customer (bearer or session) or whoever holds the order's own
//    access token; anyone else gets the same 404 as for an unknown order.
//  - The token is handed out once, in the answer of POST /store/carts/:id/complete (`access_token`),
//    to whoever completed the cart; the storefront keeps it for the confirmation page and its link.
//  - A cart that belongs to a registered customer answers only with that customer's token.

/** The header a guest shows the order's access token in. */
export const ORDER_ACCESS_HEADER = "x-order-access-token"

/** The order's own access token: derived, so nothing is stored and it cannot be guessed without the secret. */
export const orderAccessToken = (secret: string, orderId: string) => signedToken(secret, "order-access", orderId)

function customerId(req: MedusaRequest): string | undefined {
  const auth = (req as MedusaRequest & { auth_context?: { actor_type?: string; actor_id?: string } }).auth_context
  return auth?.actor_type === "customer" && auth.actor_id ? auth.actor_id : undefined
}

const notFound = (what: string, id: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `${what} id not found: ${id}`)

/** Before Medusa's GET /store/orders/:id: its customer or the holder of its access token, else 404. */
export async function requireOrderAccess(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const id = String(req.params.id ?? "")
  if (isSignedToken(deploymentSecret(req), "order-access", id, req.get(ORDER_ACCESS_HEADER))) return next()
  const customer = customerId(req)
  if (customer) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id } })
    if ((data[0] as { customer_id?: string | null } | undefined)?.customer_id === customer) return next()
  }
  throw notFound("Order", id)
}

/**
 * Every /store/carts/:id route: a cart of a registered customer answers only that customer's token
 * (404 otherwise, as for an unknown cart). A guest cart stays its holder's: its id is the secret.
 */
export async function requireCartOwner(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const id = String(req.params.id ?? "")
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "customer_id", "customer.has_account"], filters: { id } })
  const cart = data[0] as { customer_id?: string | null; customer?: { has_account?: boolean } | null } | undefined
  if (cart?.customer_id && cart.customer?.has_account && cart.customer_id !== customerId(req)) throw notFound("Cart", id)
  next()
}

/** Around Medusa's POST /store/carts/:id/complete: an answer with the order carries its access token. */
export function issueOrderAccess(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  // Express types res.json's body as any: the override keeps that signature.
  res.json = (body: any) => {
    const orderId = body?.type === "order" && typeof body.order?.id === "string" ? body.order.id : undefined
    return json(orderId ? { ...body, access_token: orderAccessToken(deploymentSecret(req), orderId) } : body)
  }
  next()
}
