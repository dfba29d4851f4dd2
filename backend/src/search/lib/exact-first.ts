// Search as you type (mode=prefix) ranks whole-word matches first (issue #23). The provider ranks a
// prefix query by ts_rank_cd over every word the prefix reaches, so "trà" (folded "tra") put "Tham
// quan trang trại" — two words beginning with "tra" — above "Trà hoa vàng", which has the word
// itself. Here the hits of the same query with every word whole come first, in their own order,
// then the other prefix hits in theirs. The count and facets stay the prefix query's (the whole
// words' hits are among its hits), so the suggestions and the results page still agree.

import type { ISearchModuleService, SearchTypes } from "@medusajs/framework/types"
import { searchWithFacets, type PgAccess } from "./pg-search"

/** Beyond this many hits (offset + limit) a page keeps the provider's order: deep pages of a typed query are rare. */
export const EXACT_FIRST_WINDOW = 1000

function ranksByRelevance(query: SearchTypes.SearchQuery): boolean {
  const order = query.pagination?.order ?? {}
  return Object.keys(order)[0] === "_score"
}

/** Whether `query` is a prefix search ranked by relevance, the case exact-first reorders. */
export function wantsExactFirst(query: SearchTypes.SearchQuery): boolean {
  return query.search_options?.match_strategy === "last" && !!query.filters?.q && ranksByRelevance(query)
}

/**
 * One page of `all` (prefix hits, relevance order) with `exact` (whole-word hits, relevance order)
 * moved to the front. `exact` must hold the first `skip + take` whole-word hits, or all of them.
 */
export function exactFirstPage<H extends { id: string }>(exact: H[], all: H[], skip: number, take: number): H[] {
  const seen = new Set(exact.map((h) => h.id))
  return [...exact, ...all.filter((h) => !seen.has(h.id))].slice(skip, skip + take)
}

/** searchWithFacets, with whole-word hits first in a prefix search ranked by relevance. */
export async function searchExactFirst(
  search: ISearchModuleService,
  access: PgAccess | null,
  query: SearchTypes.SearchQuery
): Promise<SearchTypes.SearchResult> {
  const skip = query.pagination?.skip ?? 0
  const take = query.pagination?.take ?? 20
  if (!wantsExactFirst(query) || skip + take > EXACT_FIRST_WINDOW) return await searchWithFacets(search, access, query)
  const window = skip + take
  const { facets: _facets, disjunctive_facets: _disjunctive, ...options } = query.search_options ?? {}
  const wholeWords: SearchTypes.SearchQuery = {
    ...query,
    pagination: { ...query.pagination, skip: 0, take: window },
    search_options: { ...options, match_strategy: "all", count: "none" },
  }
  // Fewer than `window` whole-word hits means all of them: then the prefix hits up to `window`
  // beyond them are enough to fill the page.
  const [exact, all] = await Promise.all([
    search.search(wholeWords),
    searchWithFacets(search, access, { ...query, pagination: { ...query.pagination, skip: 0, take: 2 * window } }),
  ])
  return { ...all, hits: exactFirstPage(exact.hits, all.hits, skip, take), metadata: { ...all.metadata, skip, take } }
}
