// The storefront's own view of the catalog. Pages and components use these
// shapes only; lib/ maps the backend's wire format onto them.

import type { CertifiableStars } from "@ocop/core";

export interface Money {
  /** Whole units of the currency: đồng for VND, which has no minor unit. */
  amount: number;
  currencyCode: string;
}

/** What a shopper may be shown about a product's OCOP rating: only certificates in force. */
export interface OcopMark {
  stars: CertifiableStars;
  groupSlug: string | null;
}

export interface ProductSummary {
  id: string;
  handle: string;
  title: string;
  thumbnail: string | null;
  /** The lowest variant price in the shopper's region; null when none is set. */
  price: Money | null;
  ocop: OcopMark | null;
  producerName: string | null;
}

export type StockState =
  | { kind: "untracked" }
  | { kind: "in_stock"; quantity: number }
  | { kind: "backorder" }
  | { kind: "out_of_stock" }
  | { kind: "unknown" };

export interface ProductVariantView {
  id: string;
  title: string;
  sku: string | null;
  price: Money | null;
  stock: StockState;
}

export interface ProductImageView {
  id: string;
  url: string;
}

export interface OcopCertificateView extends OcopMark {
  decisionNumber: string | null;
  /** Last day in force, `YYYY-MM-DD`. */
  expiresOn: string | null;
  /** In force but within the re-rating window. */
  expiringSoon: boolean;
}

export interface ProductDetail extends ProductSummary {
  subtitle: string | null;
  description: string | null;
  images: ProductImageView[];
  variants: ProductVariantView[];
  certificate: OcopCertificateView | null;
}

export interface ProductPage {
  products: ProductSummary[];
  count: number;
  limit: number;
  offset: number;
}

export interface SearchOutcome extends ProductPage {
  /** False when the OCOP search API is missing and only the keywords were applied. */
  filtersApplied: boolean;
}
