// Reads the OCOP search API's answer (GET /store/search) into catalog types. Pure.

import { isCertifiableStars } from "@ocop/core";
import type { BuyersRating, ProductPage, ProductSummary, SearchOutcome } from "./types";
import { asNumber, asRecord, asText } from "./wire";

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

function toSummary(value: unknown): ProductSummary | null {
  const hit = asRecord(value);
  const id = asText(hit?.id);
  const handle = asText(hit?.handle);
  const title = asText(hit?.title);
  if (!hit || !id || !handle || !title) return null;
  const price = asRecord(hit.price);
  const amount = asNumber(price?.amount);
  const currencyCode = asText(price?.currency_code);
  const ocop = asRecord(hit.ocop);
  const stars = asNumber(ocop?.stars);
  return {
    id,
    handle,
    title,
    thumbnail: asText(hit.thumbnail),
    price: amount !== null && currencyCode ? { amount, currencyCode } : null,
    priceVaries: price?.varies === true,
    // The search index holds only certificates in force.
    ocop: isCertifiableStars(stars)
      ? { stars, groupSlug: asText(ocop?.group), ...(asText(ocop?.commune_code) ? { communeCode: asText(ocop?.commune_code) } : {}) }
      : null,
    producerName: asText(ocop?.producer_name),
    rating: buyersRating(hit.rating),
  };
}

function buyersRating(value: unknown): BuyersRating | null {
  const rating = asRecord(value);
  const average = asNumber(rating?.average);
  const count = asNumber(rating?.count);
  return average !== null && count !== null && count > 0 ? { average, count } : null;
}

/** Null when the answer is not `{ hits, count }`: the caller treats that as a backend fault. */
export function parseSearchResponse(body: unknown): ProductPage | null {
  const json = asRecord(body);
  if (!json || !Array.isArray(json.hits)) return null;
  const products = json.hits.map(toSummary).filter((p): p is ProductSummary => p !== null);
  return {
    products,
    count: asNumber(json.count) ?? products.length,
    limit: asNumber(json.limit) ?? products.length,
    offset: asNumber(json.offset) ?? 0,
  };
}

function facetValues<T>(value: unknown, read: (raw: unknown) => T | null): FacetCount<T>[] {
  if (!Array.isArray(value)) return [];
  const out: FacetCount<T>[] = [];
  for (const item of value) {
    const entry = asRecord(item);
    const v = read(entry?.value);
    const count = asNumber(entry?.count);
    if (v === null || count === null || count <= 0) continue;
    out.push({ value: v, label: asText(entry?.label) ?? String(v), count });
  }
  return out;
}

/** The `facets` of GET /store/search; missing or malformed parts read as empty. */
export function parseSearchFacets(body: unknown): SearchFacets {
  const facets = asRecord(asRecord(body)?.facets);
  const price = asRecord(facets?.price);
  const min = asNumber(price?.min);
  const max = asNumber(price?.max);
  return {
    stars: facetValues(facets?.stars, (v) => {
      const n = asNumber(v);
      return isCertifiableStars(n) ? n : null;
    }),
    group: facetValues(facets?.group, asText),
    commune: facetValues(facets?.commune, asText),
    producer: facetValues(facets?.producer, asText),
    price: min !== null && max !== null ? { min, max } : null,
  };
}
