// GET /store/search, the OCOP contract (docs/architecture.md), as pure functions:
// validated parameters → a Search Module query, and a Search Module result → the response.
// The route (src/api/store/search/route.ts) only wires these to the request and the module.

import type { SearchTypes } from "@medusajs/framework/types"
import { getGroup, getUnit, isoDateInVietnam, type GroupSlug } from "@ocop/core"
import { PRODUCT_INDEX } from "./names"

export const SORTS = ["relevance", "price_asc", "price_desc", "stars_desc", "rating_desc", "newest"] as const
export type StoreSearchSort = (typeof SORTS)[number]
export type StoreSearchLocale = "vi" | "en"

export type StoreSearchParams = {
  /** As sent (validated: at most 200 characters); normalizeQuery gives what is searched. */
  q: string
  stars: number[]
  group: GroupSlug[]
  commune: string[]
  producer: string[]
  price_min?: number
  price_max?: number
  /** Buyers' average at least this (1–5), e.g. 4: "4 stars and up from buyers". */
  min_rating?: number
  sort: StoreSearchSort
  limit: number
  offset: number
  locale: StoreSearchLocale
  /** "prefix": the last word may be incomplete (search as you type). */
  mode: "words" | "prefix"
}

export type StoreSearchHit = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  /** The lowest variant price; `varies` when the product has several prices (the card says "from"). */
  price: { amount: number; currency_code: string; varies: boolean } | null
  ocop: {
    stars: number
    group: string
    commune_code: string
    commune_name: string
    producer_handle: string
    producer_name: string
  }
  /** Buyers' visible reviews (not the OCOP stars); null without any. */
  rating: { average: number; count: number } | null
}

export type FacetValue<T = string> = { value: T; label: string; count: number }

export type StoreSearchFacets = {
  stars: FacetValue<number>[]
  group: FacetValue[]
  commune: FacetValue[]
  producer: FacetValue[]
  /** Lowest and highest price among the matches, whole đồng; null when nothing matches. */
  price: { min: number; max: number; currency_code: string } | null
}

export type StoreSearchResponse = {
  hits: StoreSearchHit[]
  count: number
  facets: StoreSearchFacets
  limit: number
  offset: number
}

/** What the index returns on each hit (src/search/product.ts). */
export const HIT_FIELDS = [
  "id",
  "handle",
  "title",
  "title_en",
  "thumbnail",
  "thumbnail_en",
  "price",
  "price_max",
  "currency_code",
  "stars",
  "group",
  "commune_code",
  "commune_name",
  "producer_handle",
  "producer_name",
  "rating_average",
  "rating_count",
]

const FACETS: SearchTypes.SearchFacetRequest[] = [
  { field: "stars", type: "value", limit: 5 },
  { field: "group", type: "value", limit: 6 },
  { field: "commune_code", type: "value", limit: 60 },
  { field: "producer_handle", type: "value", limit: 50 },
  { field: "price", type: "stats" },
]

/** Midnight UTC of a calendar day, the way certificate days are stored. */
export function dayStartMs(day: string): number {
  return Date.parse(`${day}T00:00:00.000Z`)
}

function orderFor(sort: StoreSearchSort, hasQuery: boolean): Record<string, "ASC" | "DESC"> {
  switch (sort) {
    case "price_asc":
      return { price: "ASC", id: "ASC" }
    case "price_desc":
      return { price: "DESC", id: "ASC" }
    case "stars_desc":
      return hasQuery ? { stars: "DESC", _score: "DESC", id: "ASC" } : { stars: "DESC", created_at: "DESC", id: "ASC" }
    case "rating_desc":
      // Products without reviews hold average 0, so they come last (document.ts).
      return { rating_average: "DESC", rating_count: "DESC", id: "ASC" }
    case "newest":
      return { created_at: "DESC", id: "ASC" }
    case "relevance":
    default:
      // Without words there is no relevance: best rated first, then newest.
      return hasQuery ? { _score: "DESC", stars: "DESC", id: "ASC" } : { stars: "DESC", created_at: "DESC", id: "ASC" }
  }
}

export type SearchScope = {
  /** The normalized query (lib/text.ts normalizeQuery); "" to browse. */
  q: string
  salesChannelIds: string[]
  today: string
  /**
   * "postgres" when the PostgreSQL provider serves the index: filters are then written so that
   * PostgreSQL plans a word search on its full-text index (see wordFilters). "portable" (the
   * default) works on every provider.
   */
  engine?: "postgres" | "portable"
}

/** LIKE pattern text: `%`, `_` and `\` taken literally. */
function likeLiteral(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`)
}

/**
 * Filters for a word search on the PostgreSQL provider. It compiles equality into jsonb
 * containment (`indexed @> …`), which PostgreSQL cannot estimate (it assumes 0.1% of the rows
 * match) and answers from a GIN index: for "published, in this sales channel", true of every
 * document, it then reads the whole catalog and checks the words row by row (0.3–0.4 s for 20,000
 * products) instead of using the full-text index (10 ms). So here: no `status` filter (the index
 * holds published products only, see document.ts), the channel as a LIKE on `sales_channel_key`,
 * stars as a range, and a single group, commune or producer as an exact LIKE — all conditions
 * PostgreSQL checks on the rows the words found.
 */
function wordFilters(params: StoreSearchParams, scope: SearchScope): SearchTypes.SearchFilters {
  const channels = scope.salesChannelIds.map((id) => ({ sales_channel_key: { $like: `%|${likeLiteral(id)}|%` } }))
  const filters: SearchTypes.SearchFilters = {
    ...(channels.length === 1 ? channels[0] : { $or: channels }),
    ...certificateInForceFilter(scope.today),
  }
  if (params.stars.length) {
    const min = Math.min(...params.stars)
    const max = Math.max(...params.stars)
    const gaps = [3, 4, 5].filter((s) => s > min && s < max && !params.stars.includes(s))
    filters.stars = { $gte: min, $lte: max, ...(gaps.length ? { $ne: gaps[0] } : {}) }
  }
  const exact = (values: string[]) => (values.length === 1 ? { $like: likeLiteral(values[0]!) } : values)
  if (params.group.length) filters.group = exact(params.group)
  if (params.commune.length) filters.commune_code = exact(params.commune)
  if (params.producer.length) filters.producer_handle = exact(params.producer)
  return filters
}

/** Filters every provider understands. */
function portableFilters(params: StoreSearchParams, scope: SearchScope): SearchTypes.SearchFilters {
  const filters: SearchTypes.SearchFilters = {
    status: "published",
    sales_channel_ids: scope.salesChannelIds,
    ...certificateInForceFilter(scope.today),
  }
  if (params.stars.length) filters.stars = params.stars
  if (params.group.length) filters.group = params.group
  if (params.commune.length) filters.commune_code = params.commune
  if (params.producer.length) filters.producer_handle = params.producer
  return filters
}

/**
 * The Search Module query for validated parameters. The store scope (published, the publishable
 * key's sales channels, certificate in force today) is always applied, whatever the shopper asks.
 * Each filter sits under its field's name, so that disjunctive facets can lift it.
 */
export function buildSearchQuery(params: StoreSearchParams, scope: SearchScope): SearchTypes.SearchQuery {
  const filters =
    scope.q && scope.engine === "postgres" ? wordFilters(params, scope) : portableFilters(params, scope)
  if (scope.q) filters.q = scope.q
  if (params.min_rating !== undefined) filters.rating_average = { $gte: params.min_rating }
  if (params.price_min !== undefined || params.price_max !== undefined) {
    filters.price = {
      ...(params.price_min !== undefined ? { $gte: params.price_min } : {}),
      ...(params.price_max !== undefined ? { $lte: params.price_max } : {}),
    }
  }
  return {
    entity: PRODUCT_INDEX,
    fields: HIT_FIELDS,
    filters,
    pagination: { skip: params.offset, take: params.limit, order: orderFor(params.sort, !!scope.q) },
    search_options: {
      facets: FACETS,
      // Each facet ignores its own filter, so a shopper who picked 5 stars still sees how many
      // 4-star products match (and the price range ignores the price filter).
      disjunctive_facets: true,
      match_strategy: params.mode === "prefix" ? "last" : "all",
    },
  }
}

function text(value: unknown): string {
  return typeof value === "string" ? value : value === null || value === undefined ? "" : String(value)
}

function numberOrNull(value: unknown): number | null {
  if (value === null || value === undefined || value === "") return null
  const n = Number(value)
  return Number.isFinite(n) ? n : null
}

function ratingOf(doc: Record<string, unknown>): StoreSearchHit["rating"] {
  const count = numberOrNull(doc.rating_count) ?? 0
  const average = numberOrNull(doc.rating_average)
  return count > 0 && average ? { average, count } : null
}

function valueFacet(result: SearchTypes.SearchResult, field: string): Array<{ value: string; count: number }> {
  const facet = result.facets?.[field]
  return facet?.type === "value" ? facet.values : []
}

/** Producer handles of the facet whose names the hits do not carry (the route looks them up). */
export function producerHandlesToName(result: SearchTypes.SearchResult): string[] {
  const named = new Set(result.hits.map((hit) => text(hit.document.producer_handle)))
  return valueFacet(result, "producer_handle")
    .map((v) => v.value)
    .filter((handle) => !named.has(handle))
}

/** The response for a Search Module result. `producerNames` maps handles to display names. */
export function toStoreSearchResponse(
  result: SearchTypes.SearchResult,
  params: StoreSearchParams,
  producerNames: ReadonlyMap<string, string> = new Map()
): StoreSearchResponse {
  const names = new Map(producerNames)
  const hits: StoreSearchHit[] = result.hits.map((hit) => {
    const doc = hit.document as Record<string, unknown>
    const amount = numberOrNull(doc.price)
    const producerHandle = text(doc.producer_handle)
    names.set(producerHandle, text(doc.producer_name) || producerHandle)
    const titleVi = text(doc.title)
    return {
      id: text(doc.id) || hit.id,
      handle: text(doc.handle),
      title: params.locale === "en" ? text(doc.title_en) || titleVi : titleVi,
      thumbnail: (params.locale === "en" && text(doc.thumbnail_en)) || text(doc.thumbnail) || null,
      price: amount === null ? null : { amount, currency_code: text(doc.currency_code) || "vnd", varies: (numberOrNull(doc.price_max) ?? amount) > amount },
      ocop: {
        stars: Number(doc.stars),
        group: text(doc.group),
        commune_code: text(doc.commune_code),
        commune_name: text(doc.commune_name),
        producer_handle: producerHandle,
        producer_name: text(doc.producer_name),
      },
      rating: ratingOf(doc),
    }
  })

  const priceFacet = result.facets?.price
  const price =
    priceFacet?.type === "stats" && priceFacet.count > 0
      ? { min: priceFacet.min, max: priceFacet.max, currency_code: "vnd" }
      : null

  return {
    hits,
    count: result.metadata.count ?? hits.length,
    facets: {
      stars: valueFacet(result, "stars")
        .map((v) => ({ value: Number(v.value), label: `${v.value}★`, count: v.count }))
        .sort((a, b) => b.value - a.value),
      group: valueFacet(result, "group").map((v) => {
        const group = getGroup(v.value)
        return { value: v.value, label: group ? group[params.locale] : v.value, count: v.count }
      }),
      commune: valueFacet(result, "commune_code").map((v) => ({
        value: v.value,
        label: getUnit(v.value)?.name ?? v.value,
        count: v.count,
      })),
      producer: valueFacet(result, "producer_handle").map((v) => ({
        value: v.value,
        label: names.get(v.value) ?? v.value,
        count: v.count,
      })),
      price,
    },
    limit: params.limit,
    offset: params.offset,
  }
}

/** An empty answer, for a query with nothing searchable left in it (only emoji, punctuation…). */
export function emptyResponse(params: StoreSearchParams): StoreSearchResponse {
  return {
    hits: [],
    count: 0,
    facets: { stars: [], group: [], commune: [], producer: [], price: null },
    limit: params.limit,
    offset: params.offset,
  }
}

/**
 * Filters every store query of the product index gets, beyond published + sales channel (which
 * Medusa's POST /store/search adds itself): the certificate must be in force today in Vietnam.
 * Expiry is a matter of time, not of an event, so it is checked at query time as well as at
 * indexing time.
 */
export function certificateInForceFilter(today: string = isoDateInVietnam()): SearchTypes.SearchFilters {
  return { certificate_expires_at: { $gte: dayStartMs(today) } }
}
