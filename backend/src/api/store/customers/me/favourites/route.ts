import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addFavouritesWorkflow } from "../../../../../workflows/favourites"
import { favouritesOf } from "./list"
import type { StoreAddFavouritesType } from "./validators"

/**
 * GET /store/customers/me/favourites → { favourites: [{ product_id, created_at, product: { id,
 * handle, title, thumbnail } }] }: the signed-in customer's favourite products, newest first.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ favourites: await favouritesOf(req.scope, req.auth_context.actor_id) })
}

/**
 * POST /store/customers/me/favourites { product_id } | { product_ids } → { favourites }: keeps the
 * products (a guest's list merged at login goes in one call); adding one kept already changes nothing.
 * 400 naming an id that is no product on sale.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreAddFavouritesType>, res: MedusaResponse) {
  const { product_id, product_ids } = req.validatedBody
  const ids = [...new Set([...(product_id ? [product_id] : []), ...(product_ids ?? [])])]
  await addFavouritesWorkflow(req.scope).run({ input: { customer_id: req.auth_context.actor_id, product_ids: ids } })
  res.json({ favourites: await favouritesOf(req.scope, req.auth_context.actor_id) })
}
