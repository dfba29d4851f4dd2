// Reads the OCOP search API's answer (GET /store/search) into catalog types. Pure.

import { isCertifiableStars } from "@ocop/core";
import type { ProductPage, ProductSummary } from "./types";
import { asNumber, asRecord, asText } from "./wire";

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
    // The search index holds only certificates in force.
    ocop: isCertifiableStars(stars) ? { stars, groupSlug: asText(ocop?.group) } : null,
    producerName: asText(ocop?.producer_name),
  };
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
