// The backend's answers as the storefront reads them, defined once: Medusa's own routes as
// `HttpTypes`, and our routes (backend/src/api/store/** and partner/**) by the shapes they answer,
// extending Medusa's types where our routes add fields. Types only. The backend's code is never
// imported: its shapes are copied here, and lib/*-map.ts still reads optional parts defensively.

import type { DeliveryWindow, PricedParcel } from "@ocop/core/dist/shipping";
import type { RatingDistribution } from "@ocop/core/dist/reviews";
import type { HttpTypes } from "@medusajs/types";

export type { RatingDistribution };

// OCOP facts through the links ----------------------------------------------------------------

/** A certificate's public facts (backend/src/api/store/lib/ocop.ts PUBLIC_CERTIFICATE_FIELDS); dates as ISO strings. */
export interface OcopCertificateWire {
  id: string;
  /** 3, 4 or 5 when certified. */
  stars: number;
  score: number | null;
  group: string;
  sub_group: string | null;
  decision_number: string;
  decision_date: string;
  issuing_level: "province" | "national" | "district";
  issuing_authority: string;
  expires_at: string;
  status: "valid" | "expired" | "revoked" | "pending_verification";
  sample_data: boolean;
  commune_code: string;
  historic_locality: string | null;
}

/** The certificate with its state today (backend/src/api/store/lib/ocop.ts certificateView) and its commune's name. */
export interface CertificateStateWire extends OcopCertificateWire {
  validity: "valid" | "expiring" | "expired" | "revoked" | "pending_verification";
  days_until_expiry: number;
  commune_name: string | null;
}

/** A producer's public fields (backend/src/api/store/lib/ocop.ts PUBLIC_PRODUCER_FIELDS): what `*producer` gives on a product. */
export interface ProducerLinkWire {
  id: string;
  handle: string;
  legal_name: string;
  display_name: string;
  kind: "company" | "cooperative" | "cooperative_group" | "household";
  status: "pending" | "active" | "suspended";
  commune_code: string | null;
  historic_locality: string | null;
  story_vi: string | null;
  story_en: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  tax_code: string | null;
  sample_data: boolean;
}

/** A producer as the store's producer routes answer it (publicProducer: the public fields and commune_name). */
export interface ProducerWire extends ProducerLinkWire {
  commune_name: string | null;
}

// Medusa's catalog -----------------------------------------------------------------------------

export type StoreProductVariant = HttpTypes.StoreProductVariant;

/** A store product with the OCOP links when asked for (`*producer,*ocop_certificate`, backend/src/api/store/lib/products.ts). */
export type CatalogProduct = HttpTypes.StoreProduct & {
  producer?: ProducerLinkWire | null;
  ocop_certificate?: OcopCertificateWire | null;
};

/** GET /store/ocop-products/:handle: any OCOP product's public facts, on sale or not. */
export interface OcopProductAnswer {
  product: {
    id: string;
    handle: string;
    title: string;
    subtitle: string | null;
    description: string | null;
    thumbnail: string | null;
    images: Array<{ id: string; url: string }>;
    on_sale: boolean;
    /** Reason codes: backend/src/workflows/ocop/catalog-listing.ts. */
    not_on_sale: { reason_code: string; expired_on?: string } | null;
    certificate: CertificateStateWire;
    producer: ProducerWire | null;
  };
}

// OCOP search (docs/architecture.md; backend/src/search/lib/store-search.ts) --------------------

export interface SearchHitWire {
  id: string;
  handle: string;
  title: string;
  thumbnail: string | null;
  /** The lowest variant price; `varies` when the product has several prices. */
  price: { amount: number; currency_code: string; varies: boolean } | null;
  ocop: {
    stars: number;
    group: string;
    commune_code: string;
    commune_name: string;
    producer_handle: string;
    producer_name: string;
  };
  /** Buyers' visible reviews (not the OCOP stars); null without any. */
  rating: { average: number; count: number } | null;
}

export interface FacetValueWire<T = string> {
  value: T;
  label: string;
  count: number;
}

export interface SearchFacetsWire {
  stars: FacetValueWire<number>[];
  group: FacetValueWire[];
  commune: FacetValueWire[];
  producer: FacetValueWire[];
  price: { min: number; max: number; currency_code: string } | null;
}

/** GET /store/search. */
export interface SearchAnswer {
  hits: SearchHitWire[];
  count: number;
  facets: SearchFacetsWire;
  limit: number;
  offset: number;
}

// Producers --------------------------------------------------------------------------------------

/** GET /store/producers. */
export interface ProducerListAnswer {
  producers: Array<ProducerWire & { product_count: number }>;
  count: number;
  limit: number;
  offset: number;
}

/** A product on its producer's page (backend/src/api/store/producers/[handle]/producer-page.ts). */
export interface ProducerPageProductWire {
  id: string;
  handle: string;
  title: string;
  subtitle: string | null;
  thumbnail: string | null;
  /** The lowest variant price in the region asked for; null without region or price. */
  price: { amount: number; currency_code: string } | null;
  ocop: CertificateStateWire;
}

/** GET /store/producers/:handle (products inside the producer; older answers had them beside it). */
export interface ProducerAnswer {
  producer: ProducerWire & { products?: ProducerPageProductWire[] };
  products?: ProducerPageProductWire[];
}

// Certificates (backend/src/api/store/ocop-certificates/public-certificate.ts) -------------------

export interface PublicCertificateWire extends CertificateStateWire {
  product: { id: string; handle: string; title: string; thumbnail: string | null };
  producer: { handle: string; display_name: string; kind: string } | null;
}

/** GET /store/ocop-certificates?q=. */
export interface CertificateListAnswer {
  certificates: PublicCertificateWire[];
  count: number;
}

/** GET /store/ocop-certificates/:id. */
export interface CertificateAnswer {
  certificate: PublicCertificateWire;
}

// Cart, shipping and orders ------------------------------------------------------------------------

/** One producer's parcel (docs/architecture.md, Shipping): the rate table's (@ocop/core) with the producer's name. */
export type ParcelWire = PricedParcel & { producer_name: string | null };

/** The parcels provider's data on a shipping method (backend/src/modules/fulfillment-parcels). */
export type ParcelMethodData = {
  speed?: "standard" | "express";
  payment?: "cod" | "prepaid";
  parcels?: ParcelWire[];
  amount?: number;
  window?: DeliveryWindow;
};

export type CartShippingMethodWire = Omit<HttpTypes.StoreCartShippingMethod, "data"> & { data?: ParcelMethodData };

/** A cart with its shipping methods' parcels. */
export type CartWire = Omit<HttpTypes.StoreCart, "shipping_methods"> & { shipping_methods?: CartShippingMethodWire[] };

/** A shipping option priced by the parcels provider: its calculated price carries the parcels and the window. */
export type ShippingOptionWire = Omit<HttpTypes.StoreCartShippingOption, "calculated_price"> & {
  calculated_price?: Partial<HttpTypes.StoreCalculatedPrice> & { parcels?: ParcelWire[]; window?: DeliveryWindow };
};

export type OrderShippingMethodWire = Omit<HttpTypes.StoreOrderShippingMethod, "data"> & { data: ParcelMethodData | null };

/** An order with its shipping methods' parcels. */
export type OrderWire = Omit<HttpTypes.StoreOrder, "shipping_methods"> & { shipping_methods: OrderShippingMethodWire[] | null };

/** A cart or order line. */
export type LineItemWire = HttpTypes.StoreCartLineItem | HttpTypes.StoreOrderLineItem;

type AddressField = "first_name" | "last_name" | "phone" | "company" | "address_1" | "address_2" | "city" | "province" | "metadata";

/** The fields the storefront reads of an address, as carts, orders and the address book answer them. */
export type AddressWire = Partial<
  Pick<HttpTypes.StoreCartAddress | HttpTypes.StoreOrderAddress | HttpTypes.StoreCustomerAddress, AddressField>
>;

/** POST /store/carts/:id/complete: the backend adds the order's access token for its guest (issue #21). */
export type CompleteCartAnswer = HttpTypes.StoreCompleteCartResponse & { access_token?: string | null };

/** POST /store/customers/me/cart: the customer's kept cart, the guest's merged in. */
export interface CustomerCartAnswer {
  cart_id: string | null;
}

/** GET /store/guest-delivery-partners (docs/architecture.md, Addresses). */
export interface GuestDeliveryPartnersAnswer {
  partners: Array<{
    id: string;
    display_name: string;
    kind: string;
    address: { address_1: string; city: string; province: string; province_code: string; commune_code: string };
  }>;
}

/** GET /store/orders/:id/vietqr (backend/src/api/store/orders/[id]/vietqr/route.ts). */
export interface VietQrAnswer {
  order_id: string;
  display_id: number;
  status: "awaiting_transfer" | "paid" | "canceled";
  payload: string | null;
  amount: number | null;
  currency_code: string;
  reference: string | null;
  bank_bin: string | null;
  bank_name: string | null;
  account_number: string | null;
  account_name: string | null;
  pay_before: string | null;
  png: string | null;
  svg: string | null;
}

/** POST /store/order-lookup. */
export interface OrderLookupAnswer {
  order_id: string;
  access_token: string;
}

/**
 * A return request as every surface answers it (backend/src/api/store/returns/view.ts): the store, the
 * producer portal and the admin; the buyer and the admin also see the bank details.
 */
export interface ReturnWire {
  id: string;
  order_id: string;
  producer_id: string;
  status: "requested" | "accepted" | "refused" | "disputed";
  items: Array<{ line_item_id: string; quantity: number; amount: number }>;
  amount: number;
  reason: string;
  photos: string[];
  refusal_reason: string | null;
  dispute_note: string | null;
  decided_by: "producer" | "admin" | null;
  decided_at: string | null;
  refund_method: "card" | "bank_transfer";
  refunded_at: string | null;
  bank_account?: { bank_bin: string; account_number: string; account_name: string } | null;
  bank_reference?: string | null;
  created_at: string;
}

/** GET /store/orders/:id/returns. */
export interface ReturnListAnswer {
  returns: ReturnWire[];
}

// Experiences (docs/architecture.md, Experience bookings and calendars) ---------------------------

/** Why a date or time takes no booking. */
export type ClosedReasonWire = "day_off" | "weekly_off" | "notice" | "past";

export interface AvailabilitySlotWire {
  time: string;
  capacity: number;
  booked: number;
  remaining: number;
  available: boolean;
  closed: ClosedReasonWire | null;
}

/** A date: `{ date, remaining, available }` without a calendar; with one, also its capacity, closure and slots. */
export interface AvailabilityDateWire {
  date: string;
  remaining: number;
  available: boolean;
  capacity?: number;
  booked?: number;
  closed?: ClosedReasonWire | null;
  slots?: AvailabilitySlotWire[];
}

/** GET /store/experiences/:product_id/availability. */
export interface AvailabilityAnswer {
  product_id: string;
  capacity: number;
  today: string;
  schedule: {
    daily_capacity: number;
    min_notice_hours: number;
    closed_weekdays: number[];
    slots: Array<{ time: string; capacity: number }>;
  } | null;
  dates: AvailabilityDateWire[];
}

// Reviews and favourites (issue #18) ---------------------------------------------------------------

/** A buyer's review as the store API answers it (backend/src/api/store/reviews/public.ts). */
export interface BuyerReview {
  id: string;
  rating: number;
  /** The buyer's text as written: rendered as text, never as HTML. */
  content: string;
  images: string[];
  author_name: string;
  verified_purchase: boolean;
  created_at: string;
  reply: { content: string; created_at: string } | null;
}

/** GET /store/producers/:handle/reviews, and the summary part of a product's reviews. */
export interface RatingSummary {
  count: number;
  /** One decimal; null without reviews. */
  average: number | null;
  distribution: RatingDistribution;
}

/** GET /store/products/:id/reviews. */
export interface ProductReviews extends RatingSummary {
  reviews: BuyerReview[];
}

/** A delivered line of an order its buyer may still review. */
export interface ReviewableLine {
  line_item_id: string;
  order_id: string;
  product_id: string;
  product_title: string | null;
  product_handle: string | null;
  delivered_at: string;
}

/** GET /store/customers/me/reviewable?order_id=. */
export interface OrderReviewable {
  lines: ReviewableLine[];
  /** The buyer's own reviews of the order's lines. */
  reviewed: Array<{ line_item_id: string; order_id: string; review: BuyerReview & { product_id: string } }>;
}

/** GET and POST /store/customers/me/favourites. */
export interface FavouritesAnswer {
  favourites: Array<{ product_id: string; created_at: string; product: { id: string; handle: string; title: string; thumbnail: string | null } }>;
}

/** POST /store/reviews/uploads. */
export interface ReviewUploadsAnswer {
  files: Array<{ id: string; url: string }>;
}

// Tourism partners (docs/architecture.md; backend/src/api/partner/**) ------------------------------

/** The partner as its own members see it (backend/src/api/partner/lib/views.ts OWN_PARTNER_FIELDS). */
export interface PartnerWire {
  id: string;
  display_name: string;
  legal_name: string;
  kind: "hotel" | "cruise" | "tour_operator" | "travel_agency" | "other";
  status: "pending" | "active" | "suspended" | "rejected";
  status_reason: string | null;
  /** Assigned on approval. */
  referral_code: string | null;
  /** A fraction, 0–1 (0.05 = 5 %). */
  commission_rate: number;
  contact_name: string;
  email: string;
  phone: string;
  website: string | null;
  /** The stored setting as written; GET /partner/guest-delivery answers it checked. */
  guest_delivery: Record<string, unknown> | null;
  created_at: string;
  updated_at: string;
}

/** GET /partner/me (null when the member's partner is gone), POST /partner/applications. */
export interface PartnerAnswer {
  partner: PartnerWire | null;
}

/** A month's figures (backend/src/api/partner/lib/stats.ts MonthFigures); `commission` is earned + pending. */
export interface PartnerFiguresWire {
  clicks: number;
  orders: number;
  revenue: number;
  commission: number;
  commission_earned: number;
  commission_pending: number;
}

/** GET /partner/stats?from&to: every month asked for, oldest first. */
export interface PartnerStatsAnswer {
  currency_code: string;
  months: Array<PartnerFiguresWire & { month: string }>;
  totals: PartnerFiguresWire;
}

/** An attributed order (backend/src/api/partner/lib/stats.ts partnerOrders): nothing about the customer. */
export interface PartnerOrderWire {
  id: string;
  /** Null, like `status` and the totals, when the order itself is gone. */
  display_id: number | null;
  created_at: string;
  status: string | null;
  total: number | null;
  item_total: number | null;
  currency_code: string;
  commission: number;
  commission_rate: number | null;
  commission_status: "pending" | "earned" | "void";
}

/** GET /partner/orders?limit&offset, newest first. */
export interface PartnerOrdersAnswer {
  orders: PartnerOrderWire[];
  count: number;
  limit: number;
  offset: number;
}

/** A shelf as its partner edits it (backend/src/api/partner/lib/views.ts shelfViews). */
export interface PartnerShelfWire {
  id: string;
  title: { vi: string; en: string | null };
  note: { vi: string | null; en: string | null };
  /** In the partner's order, deleted products included. */
  product_ids: string[];
  /** The products that still exist, in the shelf's order. */
  products: Array<{ id: string; handle: string; title: string; thumbnail: string | null; status: HttpTypes.StoreProductStatus }>;
  /** Absolute storefront URLs carrying the partner's code (backend/src/api/partner/lib/links.ts). */
  links: { page: string; embed: string; products: Array<{ product_id: string; url: string }> };
  created_at?: string;
  updated_at?: string;
}

/** GET /partner/shelves. */
export interface PartnerShelvesAnswer {
  shelves: PartnerShelfWire[];
}

/** GET and POST /partner/shelves/:id, POST /partner/shelves. */
export interface PartnerShelfAnswer {
  shelf: PartnerShelfWire;
}

/** GET /store/shelves/:id?locale (backend/src/api/store/shelves/[id]/route.ts): the texts in the language asked for. */
export interface PublicShelfAnswer {
  shelf: {
    id: string;
    locale: "vi" | "en";
    title: string;
    note: string | null;
    partner: { display_name: string; referral_code: string | null };
    /** Only what shoppers can find, as GET /store/search answers it. */
    products: SearchHitWire[];
  };
}

/** Where the partner receives its guests' parcels (backend/src/workflows/partners/set-guest-delivery.ts GuestDeliveryAddress). */
export interface GuestDeliveryWire {
  address_1: string;
  /** The official names of the codes. */
  province: string;
  city: string;
  province_code: string;
  commune_code: string;
  phone: string;
}

/** GET /partner/guest-delivery: null when the partner does not accept deliveries. */
export interface GuestDeliveryAnswer {
  guest_delivery: GuestDeliveryWire | null;
}

/** An order addressed to the partner for a guest (backend/src/api/partner/lib/guest-delivery.ts guestDeliveries). */
export interface GuestDeliveryOrderWire {
  order_id: string;
  display_id: number;
  created_at: string;
  /** Last name first; empty when the address has none. */
  guest_name: string;
  room: string;
  /** The shipping method's name. */
  shipping: string | null;
  parcels: Array<{ producer_name: string | null; producer_handle: string | null; weight_g: number | null }>;
  status: "preparing" | "shipped" | "delivered" | "canceled";
}

/** GET /partner/guest-deliveries?limit&offset, newest first. */
export interface GuestDeliveriesAnswer {
  deliveries: GuestDeliveryOrderWire[];
  count: number;
  limit: number;
  offset: number;
}
