import "server-only";
import type { AppLocale } from "@/i18n/routing";
import { load, type Loaded } from "./backend";
import { getSdk, httpStatus } from "./medusa";
import { fetchProductPage } from "./products";
import { parseSearchResponse } from "./search-map";
import { SEARCH_PAGE_SIZE, type SearchQuery } from "./search-params";
import type { SearchOutcome } from "./types";

/** The query string of the OCOP search contract (see shared/architecture.md). */
function apiQuery(query: SearchQuery, locale: AppLocale): Record<string, string | number> {
  const params: Record<string, string | number> = {
    sort: query.sort,
    limit: SEARCH_PAGE_SIZE,
    offset: (query.page - 1) * SEARCH_PAGE_SIZE,
    locale,
  };
  if (query.q) params.q = query.q;
  if (query.group) params.group = query.group;
  if (query.stars.length > 0) params.stars = query.stars.join(",");
  if (query.priceMin !== null) params.price_min = query.priceMin;
  if (query.priceMax !== null) params.price_max = query.priceMax;
  if (query.commune) params.commune = query.commune;
  if (query.producer) params.producer = query.producer;
  return params;
}

/**
 * Searches through the OCOP search API. While the backend does not have it
 * yet (404), falls back to Medusa's keyword search of products, without filters.
 */
export function searchProducts(query: SearchQuery, locale: AppLocale): Promise<Loaded<SearchOutcome>> {
  return load("searching products", async () => {
    const sdk = await getSdk();
    try {
      const body = await sdk.client.fetch<unknown>("/store/search", { query: apiQuery(query, locale) });
      const page = parseSearchResponse(body);
      if (!page) throw new Error("GET /store/search answered without hits");
      return { ...page, filtersApplied: true };
    } catch (error) {
      if (httpStatus(error) !== 404) throw error;
    }
    const page = await fetchProductPage({
      q: query.q || undefined,
      limit: SEARCH_PAGE_SIZE,
      offset: (query.page - 1) * SEARCH_PAGE_SIZE,
    });
    return { ...page, filtersApplied: false };
  });
}
