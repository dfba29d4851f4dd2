// Reads the search page's URL parameters into a validated query. Pure.

import { isCertifiableStars, isGroupSlug, type CertifiableStars, type GroupSlug } from "@ocop/core";
import { asNumber } from "./wire";

export const SORTS = ["relevance", "price_asc", "price_desc", "stars_desc", "newest"] as const;
export type SearchSort = (typeof SORTS)[number];

export const SEARCH_PAGE_SIZE = 24;

export interface SearchQuery {
  q: string;
  group: GroupSlug | null;
  stars: CertifiableStars[];
  sort: SearchSort;
  priceMin: number | null;
  priceMax: number | null;
  commune: string | null;
  producer: string | null;
  /** 1-based. */
  page: number;
}

export type RawSearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

function all(value: string | string[] | undefined): string[] {
  return (Array.isArray(value) ? value : value ? [value] : []).flatMap((v) => v.split(","));
}

function wholeAtLeast(value: string | string[] | undefined, min: number): number | null {
  const n = asNumber(first(value));
  return n !== null && Number.isSafeInteger(n) && n >= min ? n : null;
}

/** Unknown or malformed values are dropped rather than reported: the URL is the shopper's. */
export function parseSearchParams(params: RawSearchParams): SearchQuery {
  const group = first(params.group);
  const sort = first(params.sort);
  const stars = [...new Set(all(params.stars).map(Number))].filter(isCertifiableStars).sort();
  return {
    q: first(params.q).slice(0, 200),
    group: isGroupSlug(group) ? group : null,
    stars,
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as SearchSort) : "relevance",
    priceMin: wholeAtLeast(params.price_min, 0),
    priceMax: wholeAtLeast(params.price_max, 0),
    commune: first(params.commune) || null,
    producer: first(params.producer) || null,
    page: wholeAtLeast(params.page, 1) ?? 1,
  };
}

/** Whether anything beyond the keywords narrows the search. */
export function hasFilters(query: SearchQuery): boolean {
  return (
    query.group !== null ||
    query.stars.length > 0 ||
    query.priceMin !== null ||
    query.priceMax !== null ||
    query.commune !== null ||
    query.producer !== null
  );
}
