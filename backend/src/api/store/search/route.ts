import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { ISearchModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { isoDateInVietnam } from "@ocop/core"
import { correctQuery, getVocabulary } from "../../../search/lib/spelling"
import { PRODUCT_INDEX } from "../../../search/lib/names"
import { searchExactFirst } from "../../../search/lib/exact-first"
import type { PgAccess, RawSql } from "../../../search/lib/pg-search"
import { ResponseCache } from "../../../search/lib/response-cache"
import {
  buildSearchQuery,
  emptyResponse,
  producerHandlesToName,
  toStoreSearchResponse,
  type SearchScope,
  type StoreSearchParams,
  type StoreSearchResponse,
} from "../../../search/lib/store-search"
import { normalizeQuery, worthTypoPass } from "../../../search/lib/text"
import { parseStoreSearchQuery } from "./validators"

/**
 * GET /store/search — search the OCOP catalog (the contract in docs/architecture.md).
 *
 * `?q=&stars=4,5&group=&commune=&producer=&price_min=&price_max=&sort=&limit=&offset=&locale=&mode=prefix`
 * → `{ hits, count, facets, limit, offset }`.
 *
 * The words are folded (accents, đ, case, punctuation) and must all match (the last one as a prefix
 * with mode=prefix); when that finds nothing, words the catalog does not know are corrected to the
 * closest ones it knows and the search runs again (search/lib/spelling.ts). Only published
 * products of the publishable key's sales channels, with a certificate in force today, are found.
 * Medusa's generic `POST /store/search` (same index) stays beside this route.
 */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const parsed = parseStoreSearchQuery(withLocale(req))
  if (!parsed.ok) throw new MedusaError(MedusaError.Types.INVALID_DATA, parsed.message)
  const params = parsed.params

  const salesChannelIds = req.publishable_key_context?.sales_channel_ids ?? []
  if (!salesChannelIds.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Publishable key needs to have a sales channel configured")
  }

  // Shared caches may keep an answer for a second: what changes is searchable within 2 s.
  res.setHeader("Cache-Control", "public, max-age=1")
  res.setHeader("Vary", "x-publishable-api-key")

  const q = normalizeQuery(params.q)
  if (params.q.trim() !== "" && q === "") {
    // Only emoji, punctuation or control characters: nothing to search for.
    res.json(emptyResponse(params))
    return
  }

  const search = req.scope.resolve<ISearchModuleService>(Modules.SEARCH)
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  const scope: SearchScope = { q, salesChannelIds, today: isoDateInVietnam(), engine: engineOf(search) }
  const key = JSON.stringify([{ ...params, q }, [...salesChannelIds].sort(), scope.today])

  try {
    res.json(await answers.get(key, () => answer(req, search, params, scope)))
  } catch (error) {
    // Input is validated and folded before it gets here, so this is the engine failing: log it,
    // and never hand its message (which may quote SQL) to the client.
    logger.error(`GET /store/search failed for ${describeParams(params)}: ${(error as Error)?.message}`)
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Search is unavailable right now; please try again.")
  }
}

/** Whether the PostgreSQL provider serves the product index (its filters are then tuned, see store-search.ts). */
function engineOf(search: ISearchModuleService): SearchScope["engine"] {
  try {
    return search.getIndex(PRODUCT_INDEX).provider === "search-postgres" ? "postgres" : "portable"
  } catch {
    return "portable"
  }
}

/** Identical searches within half a second share one answer (search/lib/response-cache.ts). */
const answers = new ResponseCache<StoreSearchResponse>()

async function answer(
  req: MedusaStoreRequest,
  search: ISearchModuleService,
  params: StoreSearchParams,
  scope: SearchScope
): Promise<StoreSearchResponse> {
  // On PostgreSQL, the count and the facets come from one statement beside the hits (pg-search.ts).
  const pg: PgAccess | null =
    scope.engine === "postgres"
      ? {
          pg: req.scope.resolve<RawSql>(ContainerRegistrationKeys.PG_CONNECTION),
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

/**
 * The query with its `locale`: Medusa's store middleware moves `?locale=` to `req.locale` (for
 * translations) and deletes it from `req.query`, so it is read back from the URL to be validated
 * like any other parameter; without one, the `x-medusa-locale` header's choice is used when it is
 * Vietnamese or English.
 */
function withLocale(req: MedusaStoreRequest): Record<string, unknown> {
  const query: Record<string, unknown> = { ...(req.query as Record<string, unknown>) }
  let fromUrl: string[] = []
  try {
    fromUrl = new URL(req.originalUrl ?? req.url ?? "/", "http://localhost").searchParams.getAll("locale")
  } catch {
    fromUrl = []
  }
  if (fromUrl.length) query.locale = fromUrl.length === 1 ? fromUrl[0] : fromUrl
  else if (typeof req.locale === "string" && /^(vi|en)\b/i.test(req.locale)) query.locale = req.locale
  return query
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

function describeParams(params: StoreSearchParams): string {
  return JSON.stringify({ ...params, q: params.q.slice(0, 80) })
}

