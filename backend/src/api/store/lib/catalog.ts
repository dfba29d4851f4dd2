import type { MedusaContainer, SearchTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCT_GRAPH_FIELDS, type OcopProductDocument, type ProductGraphRow } from "../../../search/lib/document"
import { toDocuments } from "../../../search/lib/sources"
import { toStoreSearchResponse, type StoreSearchHit, type StoreSearchLocale, type StoreSearchParams } from "../../../search/lib/store-search"

// What partners show and export is exactly what shoppers can find: the search index's document
// rules (published, certificate valid and in force today in Vietnam, active producer) decide.

export type ShownProduct = { document: OcopProductDocument; row: ProductGraphRow & { images?: Array<{ url?: string | null; rank?: number | null } | null> | null } }

const FIELDS = [...PRODUCT_GRAPH_FIELDS, "images.url", "images.rank"]

/**
 * The findable products among `ids` (all products when undefined), in the sales channels of the
 * publishable key, in the order of `ids`. Read in pages so that the whole catalog stays cheap.
 */
export async function findableProducts(
  scope: MedusaContainer,
  salesChannelIds: string[],
  ids?: string[]
): Promise<ShownProduct[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const channels = new Set(salesChannelIds)
  const shown: ShownProduct[] = []
  const pageSize = 500
  for (let skip = 0; ; skip += pageSize) {
    const { data } = await query.graph({
      entity: "product",
      fields: FIELDS,
      filters: { status: "published", ...(ids ? { id: ids } : {}) },
      pagination: { skip, take: pageSize, order: { created_at: "DESC" } },
    })
    const rows = data as ShownProduct["row"][]
    const byId = new Map(rows.map((r) => [r.id, r]))
    // The route's Query type and the Search Module's (SearchContainer["query"]) are not assignable to each other.
    for (const document of await toDocuments(rows, query as never)) {
      if (document.sales_channel_ids.some((id) => channels.has(id))) shown.push({ document, row: byId.get(document.id)! })
    }
    if (rows.length < pageSize) break
  }
  if (ids) {
    const rank = new Map(ids.map((id, i) => [id, i]))
    shown.sort((a, b) => rank.get(a.document.id)! - rank.get(b.document.id)!)
  }
  return shown
}

/** The documents as search hits (the contract of GET /store/search) in the shopper's language. */
export function toHits(shown: ShownProduct[], locale: StoreSearchLocale): StoreSearchHit[] {
  const result = {
    hits: shown.map(({ document }) => ({ id: document.id, document })),
    metadata: { count: shown.length },
    facets: {},
  } as unknown as SearchTypes.SearchResult
  return toStoreSearchResponse(result, { locale } as StoreSearchParams).hits
}

/** Image URLs of a product, thumbnail first, in their order. */
export function imageUrls(shown: ShownProduct): string[] {
  const images = [...(shown.row.images ?? [])]
    .filter((i): i is { url: string; rank?: number | null } => !!i?.url)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    .map((i) => i.url)
  return [...new Set([shown.document.thumbnail, ...images].filter((u): u is string => !!u))]
}
