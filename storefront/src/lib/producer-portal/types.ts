// The backend's /producer/* answers, as the portal uses them (backend/src/api/producer).

import type { ProducerLinkWire, ReturnWire } from "../wire-types";

export type ProducerStatus = "pending" | "active" | "suspended";

export interface PortalMe {
  member: { id: string; email: string; name: string; role: "owner" | "staff" };
  /** The public fields the shop shows too, and what only its own members see. */
  producer: Pick<ProducerLinkWire, "id" | "handle" | "legal_name" | "historic_locality" | "story_vi" | "story_en" | "email" | "phone" | "website" | "tax_code"> & {
    display_name: string | null;
    kind: string;
    status: ProducerStatus;
    status_reason: string | null;
    commune_code: string;
    commune_name: string | null;
    commission_rate: number;
    stock_location: { id: string; name: string } | null;
    can_publish: boolean;
  };
}

export interface PortalCertificate {
  id: string;
  stars: number;
  status: string;
  decision_number: string | null;
  decision_date: string | null;
  expires_at: string;
  validity: "valid" | "expiring" | "expired" | "revoked" | "pending_verification";
  days_until_expiry: number;
  status_reason?: string | null;
}

export interface PortalVariant {
  id: string;
  title: string;
  sku: string | null;
  price: number | null;
  manage_inventory: boolean;
  stocked_quantity: number | null;
  available_quantity: number | null;
}

export interface PortalProduct {
  id: string;
  title: string;
  subtitle: string | null;
  description: string | null;
  /** English texts (en-US translation); null where /en shows the Vietnamese one. */
  title_en?: string | null;
  subtitle_en?: string | null;
  description_en?: string | null;
  handle: string;
  status: "draft" | "published" | "proposed" | "rejected";
  archived: boolean;
  group: string | null;
  thumbnail: string | null;
  /** Its photos in order (backend: src/api/producer/products/[id]/photos). */
  photos: PortalPhoto[];
  created_at: string;
  storefront_url: string;
  variants: PortalVariant[];
  ocop_certificate: PortalCertificate | null;
  certificate_requests?: PortalCertificate[];
}

export interface PortalStockItem {
  product_id: string;
  product_title: string;
  product_status: string;
  archived: boolean;
  variant_id: string;
  variant_title: string;
  sku: string | null;
  stocked_quantity: number;
  reserved_quantity: number;
  available_quantity: number;
}

export type BookingState = "requested" | "confirmed" | "visited" | "no_show" | "canceled";
export type BookingAction = "confirm" | "visited" | "no_show" | "cancel";

export interface PortalOrderItem {
  id: string;
  title: string;
  kind: "goods" | "booking";
  variant_title: string | null;
  sku: string | null;
  quantity: number;
  unit_price: number;
  total: number;
  fulfilled_quantity: number;
  shipped_quantity: number;
  remaining_quantity: number;
}

/** An experience booking: served (confirmed, visited…), never shipped. */
export interface PortalBooking {
  /** The first line of the booking; any of its lines names it to the backend. */
  id: string;
  title: string;
  date: string;
  slot: string | null;
  state: BookingState;
  cancel_reason: string | null;
  party: Array<{ item_id: string; ticket: string | null; quantity: number; total: number }>;
  guests: number;
  total: number;
  guest: { name: string | null; phone: string | null; email: string | null };
  actions: BookingAction[];
  refund_if_canceled: { rule: "full_refund" | "nothing_charged"; amount: number };
}

export interface PortalOrder {
  id: string;
  display_id: number;
  status: string;
  created_at: string;
  payment_status: "paid" | "unpaid" | "refunded";
  /** What counts in sales: goods once ordered, bookings once paid. */
  sales_total: number;
  has_goods: boolean;
  bookings: PortalBooking[];
  delivery: {
    name: string | null;
    phone: string | null;
    address_1: string | null;
    address_2: string | null;
    city: string | null;
    province: string | null;
    shipping_method: string | null;
    /** This producer's own parcel of the order (one per producer), when shipping was priced by parcel. */
    parcel?: { weight_g: number; amount: number } | null;
  };
  items: PortalOrderItem[];
  items_total: number;
  fulfillments: Array<{
    id: string;
    created_at: string;
    shipped_at: string | null;
    canceled_at: string | null;
    carrier: string | null;
    labels: Array<{ tracking_number: string; tracking_url: string | null }>;
  }>;
}

/** GET /producer/balance (docs/architecture.md, Balances): whole đồng. */
export interface PortalBalance {
  currency_code: "vnd";
  pending: number;
  payable: number;
  paid: number;
  withheld: number;
}

/** One problem the backend named: { field, message }. */
export interface PortalProblem {
  field: string;
  message: string;
}

/** A notice of the portal (the same list serves the partner portal). */
export interface Notice {
  id: string;
  kind: string | null;
  title: string;
  description: string;
  created_at: string;
  read_at: string | null;
}

export interface NoticeList {
  notices: Notice[];
  count: number;
  unread: number;
}

/** The member's notice language and the optional e-mails turned off (`optional` lists those that may be). */
export interface NoticePreferences {
  locale: "vi" | "en";
  off: string[];
  optional: string[];
}

/** A buyer's return request as GET /producer/returns answers it (docs/architecture.md, Returns): what the portal reads. */
export type PortalReturn = Pick<
  ReturnWire,
  "id" | "order_id" | "status" | "items" | "amount" | "reason" | "photos" | "refusal_reason" | "decided_by" | "created_at"
>;

/** GET /producer/balance/months: the ledger lines of a month, whole đồng. */
/** GET /producer|partner/balance/payouts: the transfers received, from the paid payout batches. */
export interface PortalPayouts {
  payouts: Array<{ batch_id: string; period: string; paid_at: string | null; amount: number; bank_reference: string | null }>;
}

/** GET /producer|partner/balance/months?month= (the same answer for both portals). */
export interface PortalLedgerMonth {
  month: string;
  lines: Array<{
    id: string;
    kind: string;
    order_id: string | null;
    display_id: number | null;
    title: string | null;
    amount: number;
    occurred_at: string;
    status: "pending" | "payable" | "paid";
  }>;
  totals: { pending: number; payable: number; paid: number };
}

/** A product photo: WebP files at the storefront's widths, and alt texts in both languages. */
export interface PortalPhoto {
  id: string;
  url: string;
  thumb_url: string;
  card_url: string;
  alt_vi: string | null;
  alt_en: string | null;
}
