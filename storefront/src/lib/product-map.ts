// Maps Medusa store products onto the storefront's catalog types. Pure: no I/O.

import { certificateExpiryDate, certificateStatus, isCertifiableStars, scoreBandFor } from "@ocop/core";
import type {
  Money,
  NotOnSaleReason,
  OcopCertificateView,
  ProductDetail,
  ProductImageView,
  ProductSummary,
  ProductVariantView,
  StockState,
  UnavailableProduct,
} from "./types";
import { asNumber, asText, text } from "./wire";
import type { CatalogProduct, OcopProductAnswer, StoreProductVariant } from "./wire-types";

export type { CatalogProduct };

/**
 * A picture in the page's language: the seed draws a card per language (metadata.generated_image
 * {vi, en}, backend src/scripts/seed/catalog.ts); a generated card becomes its sibling, a
 * producer's own photo stays (issue #23).
 */
export function generatedImageIn(url: string | null | undefined, metadata: Record<string, unknown> | null | undefined, locale: "vi" | "en"): string | null {
  const cards = metadata?.generated_image;
  if (!url || !cards || typeof cards !== "object") return url ?? null;
  const { vi, en } = cards as Record<string, unknown>;
  const wanted = locale === "en" ? en : vi;
  return typeof wanted === "string" && (url === vi || url === en) ? wanted : url;
}

/** The product with its generated cards in `locale` (thumbnail and images). */
export function withImagesIn<P extends CatalogProduct>(product: P, locale: "vi" | "en"): P {
  const swap = (url: string | null | undefined) => generatedImageIn(url, product.metadata, locale);
  return {
    ...product,
    thumbnail: swap(product.thumbnail),
    images: product.images?.map((image) => ({ ...image, url: swap(image.url) ?? image.url })) ?? product.images,
  };
}

export function variantPrice(variant: StoreProductVariant): Money | null {
  const price = variant.calculated_price;
  const amount = price?.calculated_amount;
  const currencyCode = text(price?.currency_code);
  if (typeof amount !== "number" || !Number.isFinite(amount) || !currencyCode) return null;
  return { amount, currencyCode };
}

export function variantStock(variant: StoreProductVariant): StockState {
  if (variant.manage_inventory === false) return { kind: "untracked" };
  const quantity = variant.inventory_quantity;
  if (variant.manage_inventory !== true || typeof quantity !== "number") return { kind: "unknown" };
  if (quantity > 0) return { kind: "in_stock", quantity };
  return variant.allow_backorder ? { kind: "backorder" } : { kind: "out_of_stock" };
}

function lowestPrice(variants: readonly StoreProductVariant[]): Money | null {
  let lowest: Money | null = null;
  for (const variant of variants) {
    const price = variantPrice(variant);
    if (price && (!lowest || price.amount < lowest.amount)) lowest = price;
  }
  return lowest;
}

/** Whether a variant can be bought now: in stock, not tracked, or on backorder. */
export function isAvailable(stock: StockState): boolean {
  return stock.kind === "in_stock" || stock.kind === "untracked" || stock.kind === "backorder";
}

/**
 * The variant a product page opens with: one at the lowest price (the price its card shows),
 * an available one among those first, in the product's own order. Null without priced variants.
 */
export function cheapestVariant<V extends { price: Money | null; stock: StockState }>(variants: readonly V[]): V | null {
  const priced = variants.filter((v) => v.price);
  if (!priced.length) return null;
  const lowest = Math.min(...priced.map((v) => v.price!.amount));
  const atLowest = priced.filter((v) => v.price!.amount === lowest);
  return atLowest.find((v) => isAvailable(v.stock)) ?? atLowest[0]!;
}

/** The producer's display name from the producer link, else from product metadata. */
export function producerName(product: CatalogProduct): string | null {
  const { producer, metadata } = product;
  return (
    text(producer?.display_name) ??
    text(producer?.legal_name) ??
    // Metadata holds whatever the seed or an import put there: read as text only.
    asText(metadata?.producer_name) ??
    asText(metadata?.producer)
  );
}

/** The handle of the producer's page, from the producer link. */
export function producerHandle(product: CatalogProduct): string | null {
  return text(product.producer?.handle);
}

/**
 * The product's OCOP certificate, only while it is in force: an expired,
 * revoked or unverified certificate must not be presented as certified.
 */
export function certificateInForce(product: CatalogProduct, now: Date = new Date()): OcopCertificateView | null {
  const certificate = product.ocop_certificate;
  if (!certificate) return null;
  const status = text(certificate.status);
  const decisionDate = text(certificate.decision_date);
  const stars = certificate.stars;
  if ((status !== null && status !== "valid") || !decisionDate || !isCertifiableStars(stars)) return null;
  const validity = certificateStatus(decisionDate, now);
  if (validity !== "valid" && validity !== "expiring") return null;
  const score = asNumber(certificate.score);
  return {
    id: text(certificate.id),
    stars,
    groupSlug: text(certificate.group),
    subGroupSlug: text(certificate.sub_group),
    communeCode: text(certificate.commune_code),
    historicLocality: text(certificate.historic_locality),
    score,
    scoreBand: scoreBandFor(stars),
    decisionNumber: text(certificate.decision_number),
    decisionDate: decisionDate.slice(0, 10),
    issuingLevel: text(certificate.issuing_level),
    issuingAuthority: text(certificate.issuing_authority),
    sampleData: certificate.sample_data === true,
    expiresOn: certificateExpiryDate(decisionDate),
    expiringSoon: validity === "expiring",
  };
}

function metaText(metadata: Record<string, unknown> | null | undefined, key: string): string | null {
  const value = metadata?.[key];
  return typeof value === "string" && value.trim() ? value : null;
}

/**
 * A product's photos in the producer's order (rank). The backend keeps each photo's WebP sizes and
 * alt texts in the image's metadata (backend/src/workflows/producer-portal/set-product-photos.ts).
 */
function imageView(id: string, url: string, metadata?: Record<string, unknown> | null): ProductImageView {
  const sizes = (metadata?.sizes ?? null) as Record<string, unknown> | null;
  return {
    id,
    url,
    thumbUrl: metaText(sizes, "thumb") ?? url,
    cardUrl: metaText(sizes, "card") ?? url,
    alt: { vi: metaText(metadata, "alt_vi"), en: metaText(metadata, "alt_en") },
  };
}

function images(product: CatalogProduct): ProductImageView[] {
  const list = [...(product.images ?? [])].sort((a, b) => a.rank - b.rank).map(({ id, url, metadata }) => imageView(id, url, metadata));
  if (list.length === 0 && product.thumbnail) list.push(imageView("thumbnail", product.thumbnail));
  return list;
}

export function toProductSummary(product: CatalogProduct, now: Date = new Date()): ProductSummary {
  const certificate = certificateInForce(product, now);
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    thumbnail: product.thumbnail ?? product.images?.[0]?.url ?? null,
    price: lowestPrice(product.variants ?? []),
    priceVaries: new Set((product.variants ?? []).map((v) => variantPrice(v)?.amount).filter((a) => a !== undefined)).size > 1,
    ocop: certificate
      ? { stars: certificate.stars, groupSlug: certificate.groupSlug, ...(certificate.communeCode ? { communeCode: certificate.communeCode } : {}) }
      : null,
    producerName: producerName(product),
  };
}

function toVariantView(variant: StoreProductVariant): ProductVariantView {
  return {
    id: variant.id,
    title: variant.title ?? variant.sku ?? variant.id,
    sku: variant.sku ?? null,
    price: variantPrice(variant),
    stock: variantStock(variant),
  };
}

export function toProductDetail(product: CatalogProduct, now: Date = new Date()): ProductDetail {
  return {
    ...toProductSummary(product, now),
    producerHandle: producerHandle(product),
    subtitle: product.subtitle ?? null,
    description: product.description ?? null,
    images: images(product),
    variants: (product.variants ?? []).map(toVariantView),
    certificate: certificateInForce(product, now),
  };
}

const NOT_ON_SALE_REASONS: readonly NotOnSaleReason[] = [
  "no_certificate",
  "certificate_pending",
  "certificate_revoked",
  "certificate_expired",
  "producer_inactive",
  "not_offered",
];

/**
 * The answer of GET /store/ocop-products/:handle for a product not on sale, or null when it is
 * on sale (Medusa's own routes serve it then) or the answer is not one.
 */
export function toUnavailableProduct(body: OcopProductAnswer | null | undefined): UnavailableProduct | null {
  const product = body?.product;
  const handle = text(product?.handle);
  const title = text(product?.title);
  if (!product || !handle || !title || product.on_sale !== false) return null;
  const code = text(product.not_on_sale?.reason_code);
  const { certificate, producer } = product;
  const stars = certificate?.stars;
  const images = (Array.isArray(product.images) ? product.images : []).flatMap((image) => {
    const url = text(image?.url);
    return url ? [imageView(text(image.id) ?? url, url)] : [];
  });
  const thumbnail = text(product.thumbnail);
  if (images.length === 0 && thumbnail) images.push(imageView("thumbnail", thumbnail));
  return {
    handle,
    title,
    subtitle: text(product.subtitle),
    description: text(product.description),
    images,
    producerName: text(producer?.display_name) ?? text(producer?.legal_name),
    producerHandle: text(producer?.handle),
    reason: (NOT_ON_SALE_REASONS as readonly string[]).includes(code ?? "") ? (code as NotOnSaleReason) : "not_offered",
    expiredOn: text(product.not_on_sale?.expired_on),
    stars: isCertifiableStars(stars) ? stars : null,
    groupSlug: text(certificate?.group),
    decisionNumber: text(certificate?.decision_number),
  };
}
