import type { MedusaStoreRequest } from "@medusajs/framework/http"
import type { ISearchModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { correctQuery, getVocabulary } from "../../../search/lib/spelling"
import { PRODUCT_INDEX } from "../../../search/lib/names"
import { searchExactFirst } from "../../../search/lib/exact-first"
import type { PgAccess } from "../../../search/lib/pg-search"
import { rawSqlOf } from "../../../lib/raw-sql"
import { ResponseCache } from "../../../search/lib/response-cache"
import {
  buildSearchQuery,
  producerHandlesToName,
  toStoreSearchResponse,
  type SearchScope,
  type StoreSearchParams,
  type StoreSearchResponse,
} from "../../../search/lib/store-search"
import { worthTypoPass } from "../../../search/lib/text"

// The read model of GET /store/search (route.ts beside it): one search with its facets, a second
// pass with corrected words when nothing matched, and the producers' names for the facet labels.

/** Whether the PostgreSQL provider serves the product index (its filters are then tuned, see store-search.ts). */
export function engineOf(search: ISearchModuleService): SearchScope["engine"] {
  try {
    return search.getIndex(PRODUCT_INDEX).provider === "search-postgres" ? "postgres" : "portable"
  } catch {
    return "portable"
  }
}

/** Identical searches within half a second share one answer (search/lib/response-cache.ts). */
export const answers = new ResponseCache<StoreSearchResponse>()

export async function answer(
  req: MedusaStoreRequest,
  search: ISearchModuleService,
  params: StoreSearchParams,
  scope: SearchScope
): Promise<StoreSearchResponse> {
  // On PostgreSQL, the count and the facets come from one statement beside the hits (pg-search.ts).
  const pg: PgAccess | null =
    scope.engine === "postgres"
      ? {
          pg: rawSqlOf(req.scope),
          warn: (message) => req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(message),
        }
      : null
  let result = await searchExactFirst(search, pg, buildSearchQuery(params, scope))
  if (scope.q && result.metadata.count === 0 && worthTypoPass(scope.q)) {
    // Nothing has all the words: correct the words the catalog does not know, and try again.
    const vocabulary = await getVocabulary(req.scope.resolve(ContainerRegistrationKeys.QUERY))
    for (const corrected of correctQuery(scope.q, vocabulary, { prefixLast: params.mode === "prefix" })) {
      const retry = await searchExactFirst(search, pg, buildSearchQuery(params, { ...scope, q: corrected }))
      if (retry.metadata.count) {
        result = retry
        break
      }
    }
  }
  const names = await producerNames(req, producerHandlesToName(result))
  return toStoreSearchResponse(result, params, names)
}

/** Display names of producers by handle, kept for a short while: facet labels need them on every search. */
const PRODUCER_NAME_TTL_MS = 30_000
const producerNameCache = new Map<string, { name: string; at: number }>()

async function producerNames(req: MedusaStoreRequest, handles: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  const now = Date.now()
  const missing: string[] = []
  for (const handle of handles) {
    const hit = producerNameCache.get(handle)
    if (hit && now - hit.at < PRODUCER_NAME_TTL_MS) names.set(handle, hit.name)
    else missing.push(handle)
  }
  if (!missing.length) return names
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer",
    fields: ["handle", "display_name", "legal_name"],
    filters: { handle: missing },
  })
  for (const p of data as Array<{ handle: string; display_name?: string | null; legal_name?: string | null }>) {
    const name = p.display_name || p.legal_name || p.handle
    names.set(p.handle, name)
    producerNameCache.set(p.handle, { name, at: now })
  }
  if (producerNameCache.size > 5000) producerNameCache.clear()
  return names
}
