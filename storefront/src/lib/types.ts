// The storefront's own view of the catalog. Pages and components use these
// shapes only; lib/ maps the backend's wire format onto them.

import type { CertifiableStars } from "@ocop/core";
import type { BookingView } from "./experiences/booking";

export interface Money {
  /** Whole units of the currency: đồng for VND, which has no minor unit. */
  amount: number;
  currencyCode: string;
}

/** What a shopper may be shown about a product's OCOP rating: only certificates in force. */
export interface OcopMark {
  stars: CertifiableStars;
  groupSlug: string | null;
  /** The current commune-level unit the product comes from (official code), when known. */
  communeCode?: string | null;
}

export interface ProductSummary {
  id: string;
  handle: string;
  title: string;
  thumbnail: string | null;
  /** The lowest variant price in the shopper's region; null when none is set. */
  price: Money | null;
  /** The variants have several prices: the card reads "from" the lowest. */
  priceVaries?: boolean;
  ocop: OcopMark | null;
  producerName: string | null;
  /** Buyers' visible reviews (not the OCOP stars); null or absent without any. */
  rating?: BuyersRating | null;
}

export interface BuyersRating {
  /** 1–5, one decimal. */
  average: number;
  count: number;
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
  /** The largest file (the gallery's main image). */
  url: string;
  /** The WebP the backend made for small slots (thumbnails, cards); `url` for older images. */
  thumbUrl: string;
  cardUrl: string;
  /** The producer's alt texts (image metadata alt_vi, alt_en), null when not given. */
  alt: { vi: string | null; en: string | null };
}

export interface OcopCertificateView extends OcopMark {
  /** For the certificate's public page; null when the API does not give it. */
  id?: string | null;
  /** Points out of 100 and the band its stars stand for (e.g. 70–89 for 4 stars), when known. */
  score?: number | null;
  scoreBand?: { min: number; max: number } | null;
  subGroupSlug?: string | null;
  /** The decision's signing day, `YYYY-MM-DD`. */
  decisionDate?: string | null;
  issuingLevel?: string | null;
  issuingAuthority?: string | null;
  /** The locality as printed on the decision and labels, e.g. "xã Đạp Thanh, huyện Ba Chẽ". */
  historicLocality?: string | null;
  /** Illustrative (demo) values, not a real decision. */
  sampleData?: boolean;
  decisionNumber: string | null;
  /** Last day in force, `YYYY-MM-DD`. */
  expiresOn: string | null;
  /** In force but within the re-rating window. */
  expiringSoon: boolean;
}

export interface ProductDetail extends ProductSummary {
  /** For the link to the producer's page; null when the product has no linked producer. */
  producerHandle: string | null;
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

// Cart, checkout and orders ------------------------------------------------------

/** A delivery address in Vietnam, as the checkout collects it. */
export interface AddressView {
  fullName: string;
  phone: string | null;
  /** Street, house number, hamlet. */
  street: string;
  /** The official codes of its province and of its commune-level unit (one of 3,321), when known. */
  provinceCode: string | null;
  communeCode: string | null;
  /** The unit's full name, e.g. "Phường Hạ Long". */
  communeName: string | null;
  province: string | null;
  /** A delivery to a partner's hotel or cruise (docs/architecture.md, Addresses): the partner and the guest's room or booking. */
  partner?: { id: string; name: string | null; room: string } | null;
}

/** A hotel or cruise that accepts deliveries for its guests (GET /store/guest-delivery-partners). */
export interface GuestPartnerChoice {
  id: string;
  name: string;
  kind: string;
  /** Its address as written on a parcel: street, commune, province. */
  address: string;
}

export interface CartLineView {
  id: string;
  /** For the line's name in the page's language (lib/line-titles.ts). */
  productId: string | null;
  variantId: string | null;
  productHandle: string | null;
  productTitle: string;
  /** Null when the product has a single, unnamed variant. */
  variantTitle: string | null;
  thumbnail: string | null;
  quantity: number;
  unitPrice: Money;
  total: Money;
  /** An experience (OCOP group 6) booked for a date and party size; null for goods. */
  booking?: BookingView | null;
}

/** One producer's parcel of an order (issue #13: one parcel per producer, priced on its own). */
export interface ParcelView {
  producerHandle: string;
  producerName: string | null;
  weightG: number;
  amount: Money;
}

/** Estimated delivery, in days after the order. */
export interface DeliveryWindowView {
  minDays: number;
  maxDays: number;
}

export interface ShippingMethodView {
  optionId: string | null;
  name: string;
  amount: Money;
  parcels: ParcelView[];
  /** Whether the price includes the cash-on-delivery fee (the method was added with `data.payment: "cod"`). */
  cashOnDelivery: boolean;
}

export interface CartView {
  id: string;
  regionId: string | null;
  email: string | null;
  customerId: string | null;
  items: CartLineView[];
  /** Number of pieces, all lines together. */
  itemCount: number;
  /** The goods, before shipping. */
  subtotal: Money;
  /** Null until a shipping method is chosen. */
  shipping: Money | null;
  discount: Money | null;
  total: Money;
  shippingAddress: AddressView | null;
  shippingMethod: ShippingMethodView | null;
  completed: boolean;
}

export interface ShippingOptionView {
  id: string;
  /** The option's stored (Vietnamese) name; lib/shipping-names.ts puts it in the page's language. */
  name: string;
  /** Null when the carrier calculates it later. */
  amount: Money | null;
  window: DeliveryWindowView | null;
  parcels: ParcelView[];
}

/** The payment methods this storefront can take an order with. */
export type PaymentKind = "cod" | "vietqr";

export interface PaymentChoice {
  providerId: string;
  kind: PaymentKind;
}

export interface OrderView {
  id: string;
  /** The number shoppers quote, e.g. 1024. */
  displayId: number | null;
  createdAt: string | null;
  email: string | null;
  customerId: string | null;
  status: string | null;
  paymentStatus: string | null;
  fulfillmentStatus: string | null;
  items: CartLineView[];
  subtotal: Money;
  shipping: Money | null;
  discount: Money | null;
  total: Money;
  shippingAddress: AddressView | null;
  shippingMethodName: string | null;
  /** One parcel per producer, from the shipping method's data. */
  parcels: ParcelView[];
  /** Kind of the payment used, when the storefront knows it. */
  payment: PaymentKind | null;
}

export interface VietQrView {
  status: "awaiting_transfer" | "paid" | "canceled";
  amount: number | null;
  reference: string | null;
  bankName: string | null;
  accountNumber: string | null;
  accountName: string | null;
  payBefore: string | null;
  /** A data: URL of the QR code image, or null once the order is canceled. */
  png: string | null;
}

// Customers and producers -----------------------------------------------------------

export interface CustomerView {
  id: string;
  email: string;
  fullName: string;
  phone: string | null;
}

export interface SavedAddressView extends AddressView {
  id: string;
}

export interface ProducerView {
  handle: string;
  displayName: string;
  legalName: string | null;
  kind: string | null;
  communeName: string | null;
  historicLocality: string | null;
  story: { vi: string | null; en: string | null };
  website: string | null;
  sampleData: boolean;
  products: ProductSummary[];
}

/** Why a product is not on sale (backend/src/workflows/ocop/listing-rules.ts reason codes). */
export type NotOnSaleReason =
  | "no_certificate"
  | "certificate_pending"
  | "certificate_revoked"
  | "certificate_expired"
  | "producer_inactive"
  | "not_offered";

/** A product with an OCOP certificate record that is not on sale: its page still answers (printed QR codes). */
export interface UnavailableProduct {
  handle: string;
  title: string;
  subtitle: string | null;
  description: string | null;
  images: ProductImageView[];
  producerName: string | null;
  producerHandle: string | null;
  reason: NotOnSaleReason;
  /** For an expired certificate: its last day in force, `YYYY-MM-DD`. */
  expiredOn: string | null;
  stars: number | null;
  groupSlug: string | null;
  decisionNumber: string | null;
}

/** A certificate as the public lookup shows it (GET /store/ocop-certificates). */
export interface CertificateRecordView {
  id: string;
  stars: CertifiableStars;
  score: number | null;
  scoreBand: { min: number; max: number };
  groupSlug: string | null;
  subGroupSlug: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  issuingLevel: string | null;
  issuingAuthority: string | null;
  expiresOn: string | null;
  /** Its state today. */
  validity: "valid" | "expiring" | "expired" | "revoked";
  sampleData: boolean;
  communeCode: string | null;
  historicLocality: string | null;
  product: { handle: string; title: string };
  producer: { handle: string; displayName: string } | null;
}
