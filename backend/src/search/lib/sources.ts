// How the OCOP product index reads its data and which events touch which products. Used by the
// index definition (src/search/product.ts) for both the full seed and event ingestion.

import type { SearchTypes } from "@medusajs/framework/types"
import { isoDateInVietnam } from "@ocop/core"
import { ratingSummary } from "@ocop/core/dist/server"
import { reportSeedProgress } from "./progress"
import { toProductDocument, type BuyersRating, type OcopProductDocument, type ProductEnglish, type ProductGraphRow } from "./document"

type Query = SearchTypes.SearchContainer["query"]
type Event = { name: string; data?: unknown }

// The Search Module's own bookkeeping events (product.*) plus those of our OCOP modules and
// workflows (src/workflows: ocop_certificate.*, producer.*). Names are repeated here rather than
// imported from the workflows so that loading the index definition never loads workflow code.
export const PRODUCT_EVENTS = ["product.created", "product.updated", "product.deleted"]
export const VARIANT_EVENTS = ["product-variant.created", "product-variant.updated", "product-variant.deleted"]
export const CERTIFICATE_EVENTS = ["ocop_certificate.upserted", "ocop_certificate.expired"]
export const PRODUCER_EVENTS = ["producer.updated", "producer.status_changed"]
// ocop_product.sale_changed: a product went on or off sale (its sales channels changed).
export const PRODUCER_LINK_EVENTS = ["producer.product_linked", "ocop_product.sale_changed"]
export const TRANSLATION_EVENTS = ["translation.created", "translation.updated"]
// The reviews module's own events (MedusaService emits `<module>.<model>.<action>` on every write):
// a review written, hidden or restored changes its product's buyers' rating (src/modules/reviews).
export const REVIEW_EVENTS = ["reviews.review.created", "reviews.review.updated", "reviews.review.deleted"]

export const INDEX_EVENTS = [
  ...PRODUCT_EVENTS,
  ...VARIANT_EVENTS,
  ...CERTIFICATE_EVENTS,
  ...PRODUCER_EVENTS,
  ...PRODUCER_LINK_EVENTS,
  ...TRANSLATION_EVENTS,
  ...REVIEW_EVENTS,
]

/** Only a deleted product leaves the index by id; every other event re-reads its products. */
export function isProductDelete(event: Event): boolean {
  return event.name === "product.deleted"
}

function ids(value: unknown): string[] {
  if (value === null || value === undefined) return []
  const list = Array.isArray(value) ? value : [value]
  return list.filter((v): v is string => typeof v === "string" && v.length > 0)
}

function eventItems(data: unknown): Record<string, unknown>[] {
  if (!data) return []
  return (Array.isArray(data) ? data : [data]).filter((d): d is Record<string, unknown> => !!d && typeof d === "object")
}

function field(items: Record<string, unknown>[], key: string): string[] {
  return [...new Set(items.flatMap((item) => ids(item[key])))]
}

/** The products of records carrying a `product_id` (variants, reviews), deleted ones included. */
async function productIdsOfRecords(query: Query, entity: string, items: Record<string, unknown>[]): Promise<string[]> {
  const direct = field(items, "product_id")
  const recordIds = field(items, "id")
  if (!recordIds.length) return direct
  // Query takes withDeleted, but the Search Module's container type of query.graph does not list it.
  const { data } = await query.graph({
    entity,
    fields: ["id", "product_id"],
    filters: { id: recordIds },
    withDeleted: true,
  } as any)
  return [...new Set([...direct, ...(data as Array<{ product_id?: string }>).flatMap((r) => ids(r.product_id))])]
}

/** The ids of the products an event affects. */
export async function productIdsForEvent(event: Event, query: Query): Promise<string[]> {
  const items = eventItems(event.data)
  const name = event.name

  if (PRODUCT_EVENTS.includes(name)) return field(items, "id")

  if (VARIANT_EVENTS.includes(name)) return productIdsOfRecords(query, "product_variant", items)

  if (CERTIFICATE_EVENTS.includes(name)) {
    const direct = field(items, "product_id")
    if (direct.length) return direct
    const certificateIds = field(items, "id")
    if (!certificateIds.length) return []
    const { data } = await query.graph({
      entity: "ocop_certificate",
      fields: ["id", "product.id"],
      filters: { id: certificateIds },
    })
    return (data as Array<{ product?: { id?: string } | null }>).flatMap((c) => ids(c.product?.id))
  }

  if (PRODUCER_LINK_EVENTS.includes(name)) return field(items, "product_id")

  if (PRODUCER_EVENTS.includes(name)) {
    const producerIds = field(items, "id")
    if (!producerIds.length) return []
    const { data } = await query.graph({
      entity: "producer",
      fields: ["id", "products.id"],
      filters: { id: producerIds },
    })
    return (data as Array<{ products?: Array<{ id?: string } | null> | null }>).flatMap((p) =>
      (p.products ?? []).flatMap((product) => ids(product?.id))
    )
  }

  if (TRANSLATION_EVENTS.includes(name)) {
    const translationIds = field(items, "id")
    if (!translationIds.length) return []
    const rows = await readTranslations(query, { id: translationIds })
    return [...new Set(rows.filter((t) => t.reference === "product").map((t) => t.reference_id))]
  }

  if (REVIEW_EVENTS.includes(name)) return productIdsOfRecords(query, "review", items)

  return []
}

/** Each product's buyers' rating over its visible reviews; products without any are left out. */
export async function buyersRatings(query: Query, productIds: string[]): Promise<Map<string, BuyersRating>> {
  const result = new Map<string, BuyersRating>()
  if (!productIds.length) return result
  const { data } = await query.graph({
    entity: "review",
    fields: ["product_id", "rating"],
    filters: { product_id: productIds, status: "visible" },
  })
  const ratings = new Map<string, number[]>()
  for (const r of data as Array<{ product_id: string; rating: number }>) {
    const list = ratings.get(r.product_id) ?? []
    list.push(Number(r.rating))
    ratings.set(r.product_id, list)
  }
  for (const [id, list] of ratings) {
    const { average, count } = ratingSummary(list)
    result.set(id, { average, count })
  }
  return result
}

type TranslationRow = { id?: string; reference_id: string; reference?: string; locale_code?: string; translations?: unknown }

/** Translation records, or none when the Translation Module is not installed. */
async function readTranslations(query: Query, filters: Record<string, unknown>): Promise<TranslationRow[]> {
  try {
    const { data } = await query.graph({
      entity: "translation",
      fields: ["id", "reference_id", "reference", "locale_code", "translations"],
      filters,
    })
    return data as TranslationRow[]
  } catch {
    return []
  }
}

/** English title and description of each product, from the Translation Module (locale en, en-*). */
export async function englishTexts(query: Query, productIds: string[]): Promise<Map<string, ProductEnglish>> {
  const result = new Map<string, ProductEnglish>()
  if (!productIds.length) return result
  const rows = await readTranslations(query, { reference_id: productIds, reference: "product" })
  for (const row of rows) {
    const locale = (row.locale_code ?? "").toLowerCase()
    if (locale !== "en" && !locale.startsWith("en-")) continue
    const texts = (row.translations ?? {}) as Record<string, unknown>
    const text = (key: string) => (typeof texts[key] === "string" && (texts[key] as string).trim() ? (texts[key] as string) : null)
    const current = result.get(row.reference_id) ?? {}
    result.set(row.reference_id, {
      title: current.title ?? text("title"),
      description: current.description ?? text("description"),
      subtitle: current.subtitle ?? text("subtitle"),
    })
  }
  return result
}

/**
 * A page of product rows → the documents of the findable ones. A product left out (draft,
 * expired or revoked certificate, suspended producer…) has no document, which graphSeed's
 * catch-up and graphConsume turn into a delete.
 */
export async function toDocuments(
  rows: ProductGraphRow[],
  query: Query,
  options: { reportProgress?: boolean } = {}
): Promise<OcopProductDocument[]> {
  const today = isoDateInVietnam()
  const productIds = rows.map((row) => row.id)
  const [english, ratings] = await Promise.all([englishTexts(query, productIds), buyersRatings(query, productIds)])
  const documents: OcopProductDocument[] = []
  for (const row of rows) {
    const document = toProductDocument(row, { english: english.get(row.id), today, rating: ratings.get(row.id) })
    if (document) documents.push(document)
  }
  if (options.reportProgress) reportSeedProgress({ scanned: rows.length, indexed: documents.length })
  return documents
}
