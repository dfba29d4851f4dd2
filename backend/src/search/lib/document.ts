// The OCOP product document: what the search index holds for one product, built from one
// query.graph row (product + ocop_certificate + producer links). Pure: no Medusa calls here, so the
// rules are unit-tested on their own (integration-tests/search/document.unit.test.ts).

import {
  getGroup,
  getProducerKind,
  getSubGroup,
  getUnit,
  isCertifiableStars,
  isoDateInVietnam,
  toIsoDate,
  UNIT_TYPE_NAMES,
  type Unit,
} from "@ocop/core"
import { searchField } from "./text"

/** The row query.graph returns for PRODUCT_GRAPH_FIELDS. */
export type ProductGraphRow = {
  id: string
  handle?: string | null
  title?: string | null
  subtitle?: string | null
  description?: string | null
  thumbnail?: string | null
  status?: string | null
  created_at?: string | Date | null
  metadata?: Record<string, unknown> | null
  tags?: Array<{ value?: string | null } | null> | null
  images?: Array<{ url?: string | null; rank?: number | null } | null> | null
  sales_channels?: Array<{ id?: string | null } | null> | null
  variants?: Array<{
    prices?: Array<{ amount?: number | string | null; currency_code?: string | null; price_list_id?: string | null } | null> | null
  } | null> | null
  ocop_certificate?: {
    id?: string
    stars?: number | null
    group?: string | null
    sub_group?: string | null
    status?: string | null
    decision_date?: string | Date | null
    expires_at?: string | Date | null
    commune_code?: string | null
    historic_locality?: string | null
  } | null
  producer?: {
    id?: string
    handle?: string | null
    display_name?: string | null
    legal_name?: string | null
    kind?: string | null
    status?: string | null
    commune_code?: string | null
    historic_locality?: string | null
  } | null
}

/** Buyers' visible reviews of a product (hidden ones count nowhere): average 1–5 with one decimal, null without reviews. */
export type BuyersRating = { average: number | null; count: number }

/** English texts of a product, from the Translation Module or product metadata. */
export type ProductEnglish = { title?: string | null; description?: string | null; subtitle?: string | null }

/** What query.graph must select for toProductDocument. */
export const PRODUCT_GRAPH_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "status",
  "created_at",
  "metadata",
  "tags.value",
  "sales_channels.id",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.price_list_id",
  "ocop_certificate.id",
  "ocop_certificate.stars",
  "ocop_certificate.group",
  "ocop_certificate.sub_group",
  "ocop_certificate.status",
  "ocop_certificate.decision_date",
  "ocop_certificate.expires_at",
  "ocop_certificate.commune_code",
  "ocop_certificate.historic_locality",
  "producer.id",
  "producer.handle",
  "producer.display_name",
  "producer.legal_name",
  "producer.kind",
  "producer.status",
  "producer.commune_code",
  "producer.historic_locality",
]

export const STORE_CURRENCY = "vnd"
export const PROVINCE_NAME = "Quảng Ninh"

/** The document the index stores. Keys match the fields declared in src/search/product.ts. */
export type OcopProductDocument = {
  id: string
  handle: string
  title: string
  title_en: string | null
  thumbnail: string | null
  /** The English card where the thumbnail is the seed's generated Vietnamese card, else the thumbnail. */
  thumbnail_en: string | null
  status: string
  sales_channel_ids: string[]
  /** The same ids as one string, "|sc_1|sc_2|": matched by LIKE, see store-search.ts. */
  sales_channel_key: string
  price: number | null
  /** The highest variant price: above `price` when the product has several (its card says "from"). */
  price_max: number | null
  currency_code: string | null
  stars: number
  group: string
  sub_group: string | null
  commune_code: string
  commune_name: string
  producer_handle: string
  producer_name: string
  /** The certificate's last day in force, midnight UTC (a calendar day, see @ocop/core). */
  certificate_expires_at: string
  created_at: string
  /**
   * Buyers' average (not the OCOP stars), 0 without reviews so that a rating sort puts those last
   * on every provider (PostgreSQL sorts nulls first when descending).
   */
  rating_average: number
  rating_count: number
  /** Folded, index-only texts, heaviest first. */
  search_title: string
  search_names: string
  search_tags: string
  search_body: string
}

export type Findability = { findable: true } | { findable: false; reason: string }

function toDay(value: string | Date | null | undefined): string | null {
  if (value === null || value === undefined || value === "") return null
  try {
    return toIsoDate(value instanceof Date ? value : new Date(value))
  } catch {
    return null
  }
}

function toIso(value: string | Date | null | undefined): string | null {
  if (value === null || value === undefined || value === "") return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/**
 * Whether shoppers may find the product: published, with an OCOP certificate that is valid (not
 * revoked, pending or expired) and in force today in Vietnam, of 3–5 stars, made by an active
 * producer. Anything else is left out of the index entirely.
 */
export function findability(row: ProductGraphRow, today: string = isoDateInVietnam()): Findability {
  if (row.status !== "published") return { findable: false, reason: `product is ${row.status ?? "without status"}` }
  const cert = row.ocop_certificate
  if (!cert) return { findable: false, reason: "no OCOP certificate" }
  if (cert.status !== "valid") return { findable: false, reason: `certificate is ${cert.status ?? "without status"}` }
  if (!isCertifiableStars(cert.stars)) return { findable: false, reason: `certificate has ${String(cert.stars)} stars` }
  const expires = toDay(cert.expires_at)
  if (!expires || expires < today) return { findable: false, reason: `certificate expired (${expires ?? "no date"})` }
  const signed = toDay(cert.decision_date)
  if (signed && signed > today) return { findable: false, reason: `certificate not yet in force (${signed})` }
  if (!cert.group || !getGroup(cert.group)) return { findable: false, reason: `unknown group ${String(cert.group)}` }
  if (!cert.commune_code || !getUnit(cert.commune_code)) {
    return { findable: false, reason: `unknown commune ${String(cert.commune_code)}` }
  }
  const producer = row.producer
  if (!producer || !producer.handle) return { findable: false, reason: "no producer" }
  if (producer.status !== "active") return { findable: false, reason: `producer is ${producer.status ?? "without status"}` }
  return { findable: true }
}

/** The lowest (and highest, `max`) store-currency price of the product's variants (price lists left out), in whole đồng. */
export function lowestPrice(row: ProductGraphRow): { amount: number; max: number; currency_code: string } | null {
  let lowest: number | null = null
  let highest: number | null = null
  for (const variant of row.variants ?? []) {
    for (const price of variant?.prices ?? []) {
      if (!price || price.price_list_id) continue
      if ((price.currency_code ?? "").toLowerCase() !== STORE_CURRENCY) continue
      const amount = Number(price.amount)
      if (!Number.isFinite(amount)) continue
      if (lowest === null || amount < lowest) lowest = amount
      if (highest === null || amount > highest) highest = amount
    }
  }
  return lowest === null ? null : { amount: lowest, max: highest ?? lowest, currency_code: STORE_CURRENCY }
}

/** Every name a place is or was known by: current unit, former communes and districts. */
export function placeNames(unit: Unit | undefined): string[] {
  if (!unit) return []
  const names = [unit.name, `${UNIT_TYPE_NAMES[unit.type].vi} ${unit.name}`]
  for (const commune of unit.formerCommunes) names.push(commune.name, commune.fullName)
  for (const district of unit.formerDistricts) names.push(district.name, district.fullName)
  return names
}

/** The kind of a producer in words and abbreviations: "Hợp tác xã", "Cooperative", "HTX". */
export function producerKindWords(kind: string | null | undefined): string[] {
  const info = kind ? getProducerKind(kind) : undefined
  return info ? [info.vi, info.en, info.abbreviations.join(" ")] : []
}

function textOf(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null
}

/**
 * English texts kept in product metadata, the fallback when the Translation Module holds none:
 * `metadata.en = { title, description }` (as the seed writes them) or `title_en` / `description_en`.
 */
export function englishFromMetadata(row: ProductGraphRow): ProductEnglish {
  const metadata = row.metadata ?? {}
  const en = (metadata.en && typeof metadata.en === "object" ? metadata.en : {}) as Record<string, unknown>
  return {
    title: textOf(en.title) ?? textOf(metadata.title_en),
    description: textOf(en.description) ?? textOf(metadata.description_en),
    subtitle: textOf(en.subtitle) ?? textOf(metadata.subtitle_en),
  }
}

/**
 * A picture in `locale`: the seed draws a card per language (metadata.generated_image {vi, en},
 * src/scripts/seed/catalog.ts); a generated card becomes its sibling, any other picture stays.
 */
export function generatedImageIn(url: string | null, metadata: Record<string, unknown> | null | undefined, locale: "vi" | "en"): string | null {
  const cards = metadata?.generated_image as Record<string, unknown> | undefined
  if (!url || !cards || typeof cards !== "object") return url
  const wanted = cards[locale]
  return typeof wanted === "string" && (url === cards.vi || url === cards.en) ? wanted : url
}

/**
 * The index document for a findable product, or null when it must not be found (see
 * findability). `english` comes from the Translation Module when the product has one.
 */
export function toProductDocument(
  row: ProductGraphRow,
  options: { english?: ProductEnglish | null; today?: string; rating?: BuyersRating | null } = {}
): OcopProductDocument | null {
  if (!findability(row, options.today).findable) return null
  const cert = row.ocop_certificate!
  const producer = row.producer!
  const group = getGroup(cert.group!)!
  const subGroup = cert.sub_group ? getSubGroup(cert.group!, cert.sub_group) : undefined
  const unit = getUnit(cert.commune_code!)!
  const producerUnit = producer.commune_code ? getUnit(producer.commune_code) : undefined
  const metaEnglish = englishFromMetadata(row)
  const english: ProductEnglish = {
    title: options.english?.title || metaEnglish.title,
    description: options.english?.description || metaEnglish.description,
    subtitle: options.english?.subtitle || metaEnglish.subtitle,
  }
  const price = lowestPrice(row)
  const images = [...(row.images ?? [])]
    .filter((image): image is { url: string; rank?: number | null } => !!image?.url)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
  const tags = (row.tags ?? []).map((tag) => tag?.value).filter((value): value is string => !!value)
  const title = row.title ?? row.handle ?? row.id
  const channels = (row.sales_channels ?? []).map((sc) => sc?.id).filter((id): id is string => !!id)

  return {
    id: row.id,
    handle: row.handle ?? row.id,
    title,
    title_en: english.title ?? null,
    thumbnail: row.thumbnail ?? images[0]?.url ?? null,
    thumbnail_en: generatedImageIn(row.thumbnail ?? images[0]?.url ?? null, row.metadata, "en"),
    status: row.status!,
    sales_channel_ids: channels,
    sales_channel_key: `|${channels.join("|")}|`,
    price: price?.amount ?? null,
    price_max: price?.max ?? null,
    currency_code: price?.currency_code ?? null,
    stars: cert.stars!,
    group: group.slug,
    sub_group: subGroup?.slug ?? null,
    commune_code: unit.code,
    commune_name: unit.name,
    producer_handle: producer.handle!,
    producer_name: producer.display_name || producer.legal_name || producer.handle!,
    certificate_expires_at: `${toDay(cert.expires_at)}T00:00:00.000Z`,
    created_at: toIso(row.created_at) ?? new Date(0).toISOString(),
    rating_average: options.rating?.count ? options.rating.average ?? 0 : 0,
    rating_count: options.rating?.count ?? 0,
    search_title: searchField([title, row.subtitle, english.title, english.subtitle]),
    search_names: searchField([
      producer.display_name,
      producer.legal_name,
      // "CTCP Ngọc trai Hạ Long", "HTX Đình Trung": how legal names are abbreviated on labels.
      ...producerKindWords(producer.kind),
      cert.historic_locality,
      producer.historic_locality,
      ...placeNames(unit),
      ...(producerUnit && producerUnit !== unit ? placeNames(producerUnit) : []),
      PROVINCE_NAME,
    ]),
    search_tags: searchField([
      ...tags,
      group.vi,
      group.en,
      subGroup?.vi,
      subGroup?.en,
      "sản phẩm OCOP",
      `OCOP ${cert.stars} sao`,
      `${cert.stars} star`,
    ]),
    search_body: searchField([row.description, english.description]),
  }
}
