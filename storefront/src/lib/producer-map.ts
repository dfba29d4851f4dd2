// Reads the producer API's answer (GET /store/producers/:handle) into the
// storefront's types. Pure.

import { isCertifiableStars } from "@ocop/core";
import type { ProducerView, ProductSummary } from "./types";
import { asNumber, asRecord, asText } from "./wire";

/** A producer as the producers list shows it. */
export interface ProducerListItem {
  handle: string;
  displayName: string;
  kind: string | null;
  communeName: string | null;
  historicLocality: string | null;
  /** Its products on sale with a certificate in force. */
  productCount: number;
}

function toSummary(value: unknown, producerName: string): ProductSummary | null {
  const product = asRecord(value);
  const id = asText(product?.id);
  const handle = asText(product?.handle);
  const title = asText(product?.title);
  if (!product || !id || !handle || !title) return null;
  const price = asRecord(product.price);
  const amount = asNumber(price?.amount);
  const currencyCode = asText(price?.currency_code);
  const ocop = asRecord(product.ocop);
  const stars = asNumber(ocop?.stars);
  const validity = asText(ocop?.validity);
  // The API lists only products whose certificate is in force; check again anyway.
  const inForce = validity === null || validity === "valid" || validity === "expiring";
  return {
    id,
    handle,
    title,
    thumbnail: asText(product.thumbnail),
    price: amount !== null && currencyCode ? { amount, currencyCode } : null,
    ocop: inForce && isCertifiableStars(stars) ? { stars, groupSlug: asText(ocop?.group) } : null,
    producerName,
  };
}

/**
 * Null when the answer has no producer. The products may sit beside the producer
 * (`{ producer, products }`) or inside it (`{ producer: { …, products } }`).
 */
export function parseProducerResponse(body: unknown): ProducerView | null {
  const json = asRecord(body);
  const producer = asRecord(json?.producer);
  const handle = asText(producer?.handle);
  if (!json || !producer || !handle) return null;
  const displayName = asText(producer.display_name) ?? asText(producer.legal_name) ?? handle;
  const rawProducts = Array.isArray(producer.products) ? producer.products : Array.isArray(json.products) ? json.products : [];
  const website = asText(producer.website);
  return {
    handle,
    displayName,
    legalName: asText(producer.legal_name),
    kind: asText(producer.kind),
    communeName: asText(producer.commune_name),
    historicLocality: asText(producer.historic_locality),
    story: { vi: asText(producer.story_vi), en: asText(producer.story_en) },
    website: website && /^https?:\/\//i.test(website) ? website : null,
    sampleData: producer.sample_data === true,
    products: rawProducts.map((p) => toSummary(p, displayName)).filter((p): p is ProductSummary => p !== null),
  };
}

/** The producers of GET /store/producers; null when the answer has no list. */
export function parseProducerList(body: unknown): ProducerListItem[] | null {
  const json = asRecord(body);
  if (!json || !Array.isArray(json.producers)) return null;
  const out: ProducerListItem[] = [];
  for (const value of json.producers) {
    const producer = asRecord(value);
    const handle = asText(producer?.handle);
    if (!producer || !handle) continue;
    out.push({
      handle,
      displayName: asText(producer.display_name) ?? asText(producer.legal_name) ?? handle,
      kind: asText(producer.kind),
      communeName: asText(producer.commune_name),
      historicLocality: asText(producer.historic_locality),
      productCount: asNumber(producer.product_count) ?? 0,
    });
  }
  return out;
}
