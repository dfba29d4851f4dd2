import "server-only";
import type { AppLocale } from "@/i18n/routing";
import { load, type Loaded } from "./backend";
import { cachedCatalogRead } from "./catalog-cache";
import { backendConfig, getSdk, httpStatus, sdkFor, type BackendConfig } from "./medusa";
import { fetchProductPage } from "./products";
import { parseSearchFacets, parseSearchResponse, type SearchResult } from "./search-map";
import { parseSearchParams, SEARCH_PAGE_SIZE, type SearchQuery } from "./search-params";
import type { ProductPage } from "./types";
import type { SearchAnswer } from "./wire-types";

/** How the shopper's words match: the last one may be incomplete (suggestions and results alike). */
const SEARCH_MODE = "prefix";

/** The query string of the OCOP search contract (see docs/architecture.md). */
function apiQuery(query: SearchQuery, locale: AppLocale, limit: number): Record<string, string | number> {
  const params: Record<string, string | number> = {
    sort: query.sort,
    limit,
    offset: (query.page - 1) * limit,
    locale,
  };
  // As typed, like the header's suggestions (suggestProducts): the same words give the same
  // products and count in both (issue #23).
  if (query.q) {
    params.q = query.q;
    params.mode = SEARCH_MODE;
  }
  if (query.group) params.group = query.group;
  if (query.stars.length > 0) params.stars = query.stars.join(",");
  if (query.priceMin !== null) params.price_min = query.priceMin;
  if (query.priceMax !== null) params.price_max = query.priceMax;
  if (query.commune) params.commune = query.commune;
  if (query.producer) params.producer = query.producer;
  if (query.minRating !== null) params.min_rating = query.minRating;
  return params;
}

async function fetchSearch(config: BackendConfig, params: Record<string, string | number>): Promise<SearchAnswer | null> {
  try {
    return await sdkFor(config).client.fetch<SearchAnswer>("/store/search", { query: params });
  } catch (error) {
    if (httpStatus(error) === 404) return null;
    throw error;
  }
}

// Every answer is cached, keywords included: shoppers ask the same few things (the search page of a
// popular word costs a backend search per view otherwise), and the tags expire them all on a change.
// Hits carry buyers' ratings, hence "reviews". The cache lives in memory with a size limit, so rare
// searches fall out of it rather than pile up.
const cachedSearch = cachedCatalogRead("search", ["products", "producers", "certificates", "reviews"], fetchSearch);

/**
 * Searches through the OCOP search API. While the backend does not have it
 * yet (404), falls back to Medusa's keyword search of products, without filters.
 */
export function searchProducts(
  query: SearchQuery,
  locale: AppLocale,
  limit: number = SEARCH_PAGE_SIZE,
): Promise<Loaded<SearchResult>> {
  return load("searching products", async () => {
    const params = apiQuery(query, locale, limit);
    const body = await cachedSearch(await backendConfig(), params);
    if (body !== null) {
      const page = parseSearchResponse(body);
      if (!page) throw new Error("GET /store/search answered without hits");
      return { ...page, filtersApplied: true, facets: parseSearchFacets(body) };
    }
    const page = await fetchProductPage({
      q: query.q || undefined,
      limit,
      offset: (query.page - 1) * limit,
    });
    return { ...page, filtersApplied: false, facets: null };
  });
}

/** A shelf of the catalog (no keywords), e.g. the five-star products or the experiences. */
export function browseCatalog(
  filters: Partial<Omit<SearchQuery, "q" | "page">>,
  locale: AppLocale,
  limit: number,
): Promise<Loaded<SearchResult>> {
  return searchProducts({ ...parseSearchParams({}), ...filters }, locale, limit);
}

export const SUGGESTION_COUNT = 6;

/** Products whose words start with what the shopper has typed so far (search as you type). */
export function suggestProducts(q: string, locale: AppLocale): Promise<Loaded<ProductPage>> {
  return load("suggesting products", async () => {
    const sdk = await getSdk();
    const body = await sdk.client.fetch<SearchAnswer>("/store/search", {
      query: { q: q.slice(0, 200), mode: SEARCH_MODE, limit: SUGGESTION_COUNT, locale },
    });
    const page = parseSearchResponse(body);
    if (!page) throw new Error("GET /store/search answered without hits");
    return page;
  });
}
