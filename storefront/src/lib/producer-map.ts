// Reads the producer API's answer (GET /store/producers/:handle) into the
// storefront's types. Pure.

import { isCertifiableStars } from "@ocop/core";
import type { ProducerView, ProductSummary } from "./types";
import { asNumber, text } from "./wire";
import type { ProducerAnswer, ProducerListAnswer, ProducerPageProductWire } from "./wire-types";

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

function toSummary(product: ProducerPageProductWire | null | undefined, producerName: string): ProductSummary | null {
  const id = text(product?.id);
  const handle = text(product?.handle);
  const title = text(product?.title);
  if (!product || !id || !handle || !title) return null;
  const { price, ocop } = product;
  const amount = asNumber(price?.amount);
  const currencyCode = text(price?.currency_code);
  const stars = asNumber(ocop?.stars);
  const validity = text(ocop?.validity);
  // The API lists only products whose certificate is in force; check again anyway.
  const inForce = validity === null || validity === "valid" || validity === "expiring";
  return {
    id,
    handle,
    title,
    thumbnail: text(product.thumbnail),
    price: amount !== null && currencyCode ? { amount, currencyCode } : null,
    ocop: inForce && isCertifiableStars(stars) ? { stars, groupSlug: text(ocop?.group) } : null,
    producerName,
  };
}

/**
 * Null when the answer has no producer. The products may sit beside the producer
 * (`{ producer, products }`) or inside it (`{ producer: { …, products } }`).
 */
export function parseProducerResponse(body: ProducerAnswer | null | undefined): ProducerView | null {
  const producer = body?.producer;
  const handle = text(producer?.handle);
  if (!body || !producer || !handle) return null;
  const displayName = text(producer.display_name) ?? text(producer.legal_name) ?? handle;
  const rawProducts = Array.isArray(producer.products) ? producer.products : Array.isArray(body.products) ? body.products : [];
  const website = text(producer.website);
  return {
    handle,
    displayName,
    legalName: text(producer.legal_name),
    kind: text(producer.kind),
    communeName: text(producer.commune_name),
    historicLocality: text(producer.historic_locality),
    story: { vi: text(producer.story_vi), en: text(producer.story_en) },
    website: website && /^https?:\/\//i.test(website) ? website : null,
    sampleData: producer.sample_data === true,
    products: rawProducts.map((p) => toSummary(p, displayName)).filter((p): p is ProductSummary => p !== null),
  };
}

/** The producers of GET /store/producers; null when the answer has no list. */
export function parseProducerList(body: ProducerListAnswer | null | undefined): ProducerListItem[] | null {
  if (!body || !Array.isArray(body.producers)) return null;
  const out: ProducerListItem[] = [];
  for (const producer of body.producers) {
    const handle = text(producer?.handle);
    if (!producer || !handle) continue;
    out.push({
      handle,
      displayName: text(producer.display_name) ?? text(producer.legal_name) ?? handle,
      kind: text(producer.kind),
      communeName: text(producer.commune_name),
      historicLocality: text(producer.historic_locality),
      productCount: asNumber(producer.product_count) ?? 0,
    });
  }
  return out;
}
