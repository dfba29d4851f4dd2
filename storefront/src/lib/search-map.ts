// Reads the OCOP search API's answer (GET /store/search) into catalog types. Pure.

import { isCertifiableStars } from "@ocop/core";
import type { BuyersRating, ProductPage, ProductSummary, SearchOutcome } from "./types";
import { asNumber, text } from "./wire";
import type { FacetValueWire, SearchAnswer, SearchHitWire } from "./wire-types";

/** One value of a search facet and how many matches have it. */
export interface FacetCount<T = string> {
  value: T;
  /** As the backend names it, in the shopper's language (group, commune, producer). */
  label: string;
  count: number;
}

/** Counts over the matches of a search; each facet ignores its own filter. */
export interface SearchFacets {
  stars: FacetCount<number>[];
  group: FacetCount[];
  commune: FacetCount[];
  producer: FacetCount[];
  /** Lowest and highest price among the matches, whole đồng; null when nothing matches. */
  price: { min: number; max: number } | null;
}

/** A search's page of products with the counts of its facets. */
export interface SearchResult extends SearchOutcome {
  /** Null when the OCOP search API is missing. */
  facets: SearchFacets | null;
}

function toSummary(hit: SearchHitWire | null | undefined): ProductSummary | null {
  const id = text(hit?.id);
  const handle = text(hit?.handle);
  const title = text(hit?.title);
  if (!hit || !id || !handle || !title) return null;
  const { price, ocop } = hit;
  const amount = asNumber(price?.amount);
  const currencyCode = text(price?.currency_code);
  const stars = asNumber(ocop?.stars);
  const communeCode = text(ocop?.commune_code);
  return {
    id,
    handle,
    title,
    thumbnail: text(hit.thumbnail),
    price: amount !== null && currencyCode ? { amount, currencyCode } : null,
    priceVaries: price?.varies === true,
    // The search index holds only certificates in force.
    ocop: isCertifiableStars(stars) ? { stars, groupSlug: text(ocop?.group), ...(communeCode ? { communeCode } : {}) } : null,
    producerName: text(ocop?.producer_name),
    rating: buyersRating(hit.rating),
  };
}

function buyersRating(rating: SearchHitWire["rating"] | undefined): BuyersRating | null {
  const average = asNumber(rating?.average);
  const count = asNumber(rating?.count);
  return average !== null && count !== null && count > 0 ? { average, count } : null;
}

/** Null when the answer is not `{ hits, count }`: the caller treats that as a backend fault. */
export function parseSearchResponse(body: Partial<SearchAnswer> | null | undefined): ProductPage | null {
  if (!body || !Array.isArray(body.hits)) return null;
  const products = body.hits.map(toSummary).filter((p): p is ProductSummary => p !== null);
  return {
    products,
    count: asNumber(body.count) ?? products.length,
    limit: asNumber(body.limit) ?? products.length,
    offset: asNumber(body.offset) ?? 0,
  };
}

function facetValues<W, T>(values: FacetValueWire<W>[] | undefined, read: (raw: W) => T | null): FacetCount<T>[] {
  if (!Array.isArray(values)) return [];
  const out: FacetCount<T>[] = [];
  for (const entry of values) {
    // A malformed entry reads as nothing (the count may come as a numeric string).
    const v = entry && typeof entry === "object" ? read(entry.value) : null;
    const count = asNumber(entry?.count);
    if (v === null || count === null || count <= 0) continue;
    out.push({ value: v, label: text(entry.label) ?? String(v), count });
  }
  return out;
}

/** The `facets` of GET /store/search; missing or malformed parts read as empty. */
export function parseSearchFacets(body: Partial<SearchAnswer> | null | undefined): SearchFacets {
  const facets = body?.facets;
  const price = facets?.price;
  const min = asNumber(price?.min);
  const max = asNumber(price?.max);
  return {
    stars: facetValues(facets?.stars, (v) => {
      const n = asNumber(v);
      return isCertifiableStars(n) ? n : null;
    }),
    group: facetValues(facets?.group, text),
    commune: facetValues(facets?.commune, text),
    producer: facetValues(facets?.producer, text),
    price: min !== null && max !== null ? { min, max } : null,
  };
}
