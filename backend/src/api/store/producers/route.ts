import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { publicProducer, PUBLIC_PRODUCER_FIELDS } from "../lib/ocop"
import { isListedProduct, LISTED_PRODUCT_FIELDS, type LinkedProduct } from "../lib/products"
import type { StoreListProducersType } from "../validators"

/**
 * GET /store/producers?kind=&commune_code=&limit=&offset= → { producers, count, limit, offset }
 * Active producers by name, each with its public fields, commune_name and product_count (its
 * published products in the key's sales channels, i.e. on sale).
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreListProducersType>, res: MedusaResponse) {
  const { kind, commune_code, limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = { status: "active" }
  if (kind) filters.kind = kind
  if (commune_code) filters.commune_code = commune_code
  const { data, metadata } = await query.graph({
    entity: "producer",
    fields: [...PUBLIC_PRODUCER_FIELDS, ...LISTED_PRODUCT_FIELDS],
    filters,
    pagination: { skip: offset, take: limit, order: { display_name: "ASC" } },
  })
  const channels = req.publishable_key_context?.sales_channel_ids ?? []
  const producers = (data as Array<Record<string, unknown> & { products?: LinkedProduct[] }>).map((p) => ({
    ...publicProducer(p),
    product_count: (p.products ?? []).filter((prod) => isListedProduct(prod, channels)).length,
  }))
  res.json({ producers, count: metadata?.count ?? producers.length, limit, offset })
}
