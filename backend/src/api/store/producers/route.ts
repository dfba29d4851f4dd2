import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, useCache } from "@medusajs/framework/utils"
import { publicProducer, PUBLIC_PRODUCER_FIELDS } from "../lib/ocop"
import type { StoreListProducersType } from "../validators"
import { LISTING_CACHE_TAGS, listedProductCounts } from "./listed-products"

/**
 * GET /store/producers?kind=&commune_code=&limit=&offset= → { producers, count, limit, offset }
 * Active producers by name, each with its public fields, commune_name and product_count (its
 * published products in the key's sales channels, i.e. on sale: counted in SQL, listed-products.ts).
 * The answer is kept in Medusa's Caching Module until a producer, product or link of either changes.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreListProducersType>, res: MedusaResponse) {
  const { kind, commune_code, limit, offset } = req.validatedQuery
  const channels = [...(req.publishable_key_context?.sales_channel_ids ?? [])].sort()
  const read = async () => {
    const filters: Record<string, unknown> = { status: "active" }
    if (kind) filters.kind = kind
    if (commune_code) filters.commune_code = commune_code
    const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "producer",
      fields: [...PUBLIC_PRODUCER_FIELDS],
      filters,
      pagination: { skip: offset, take: limit, order: { display_name: "ASC" } },
    })
    const rows = data as Array<Record<string, unknown> & { id: string }>
    const counts = await listedProductCounts(req.scope, rows.map((p) => p.id), channels)
    const producers = rows.map((p) => ({ ...publicProducer(p), product_count: counts.get(p.id) ?? 0 }))
    return { producers, count: metadata?.count ?? producers.length, limit, offset }
  }
  const key = ["GET /store/producers", { kind, commune_code, limit, offset }, channels]
  res.json(await useCache(read, { container: req.scope, enable: true, key, tags: LISTING_CACHE_TAGS }))
}
