// Reads the search page's URL parameters into a validated query. Pure.

import { getUnit, isCertifiableStars, isGroupSlug, type CertifiableStars, type GroupSlug } from "@ocop/core";
import { asNumber } from "./wire";

export const SORTS = ["relevance", "price_asc", "price_desc", "stars_desc", "rating_desc", "newest"] as const;
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
  /** Buyers' average at least this (1–5; the page offers 4: "4★ and up from buyers"), not OCOP stars. */
  minRating: number | null;
  /** 1-based. */
  page: number;
}

const PRODUCER_HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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

function minRatingOf(value: string | string[] | undefined): number | null {
  const n = wholeAtLeast(value, 1);
  return n !== null && n <= 5 ? n : null;
}

/** Unknown or malformed values are dropped rather than reported: the URL is the shopper's. */
export function parseSearchParams(params: RawSearchParams): SearchQuery {
  const group = first(params.group);
  const sort = first(params.sort);
  const commune = first(params.commune);
  const producer = first(params.producer);
  const stars = [...new Set(all(params.stars).map(Number))].filter(isCertifiableStars).sort();
  return {
    q: first(params.q).slice(0, 200),
    group: isGroupSlug(group) ? group : null,
    stars,
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as SearchSort) : "relevance",
    priceMin: wholeAtLeast(params.price_min, 0),
    priceMax: wholeAtLeast(params.price_max, 0),
    commune: getUnit(commune) ? commune : null,
    producer: producer.length <= 100 && PRODUCER_HANDLE.test(producer) ? producer : null,
    minRating: minRatingOf(params.min_rating),
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
    query.producer !== null ||
    query.minRating !== null
  );
}

/** How many filters narrow the search (each star value counts, a price range counts once). */
export function activeFilterCount(query: SearchQuery): number {
  return (
    (query.group ? 1 : 0) +
    query.stars.length +
    (query.commune ? 1 : 0) +
    (query.producer ? 1 : 0) +
    (query.minRating !== null ? 1 : 0) +
    (query.priceMin !== null || query.priceMax !== null ? 1 : 0)
  );
}

/** The filters a shopper can remove one at a time. */
export type FilterKey = "group" | "stars" | "commune" | "producer" | "price" | "rating";

/** The URL parameters of a search, without empty or default values: the shareable form. */
export function searchUrlParams(query: SearchQuery): Record<string, string> {
  const out: Record<string, string> = {};
  if (query.q) out.q = query.q;
  if (query.group) out.group = query.group;
  if (query.stars.length > 0) out.stars = query.stars.join(",");
  if (query.commune) out.commune = query.commune;
  if (query.producer) out.producer = query.producer;
  if (query.priceMin !== null) out.price_min = String(query.priceMin);
  if (query.priceMax !== null) out.price_max = String(query.priceMax);
  if (query.minRating !== null) out.min_rating = String(query.minRating);
  if (query.sort !== "relevance") out.sort = query.sort;
  if (query.page > 1) out.page = String(query.page);
  return out;
}

/** The same search without one filter (or one of its star values), back on the first page. */
export function withoutFilter(query: SearchQuery, key: FilterKey, stars?: CertifiableStars): SearchQuery {
  const next: SearchQuery = { ...query, page: 1 };
  if (key === "group") next.group = null;
  if (key === "commune") next.commune = null;
  if (key === "producer") next.producer = null;
  if (key === "rating") next.minRating = null;
  if (key === "price") {
    next.priceMin = null;
    next.priceMax = null;
  }
  if (key === "stars") next.stars = stars === undefined ? [] : query.stars.filter((s) => s !== stars);
  return next;
}

/** The same keywords and sort with no filter at all. */
export function withoutFilters(query: SearchQuery): SearchQuery {
  return { ...query, group: null, stars: [], commune: null, producer: null, priceMin: null, priceMax: null, minRating: null, page: 1 };
}

/**
 * Whether the URL carries parameters the shareable form would drop (a form's empty fields such as
 * `group=&price_min=`, unknown or malformed values): the page then redirects to the clean one.
 */
export function isUntidy(params: RawSearchParams, query: SearchQuery): boolean {
  const clean = searchUrlParams(query);
  const given = Object.entries(params).filter(([, v]) => v !== undefined);
  if (given.length !== Object.keys(clean).length) return true;
  return given.some(([key, value]) => Array.isArray(value) || clean[key] !== value);
}
