// The storefront's own view of a tourism partner, its numbers and its shelves.
// Pages and components use these shapes only; map.ts reads the wire format.

import type { Money, ProductSummary } from "../types";

// Form limits, here rather than in checks.ts: client forms read them, and checks.ts brings the
// phone-number library (46 KB gzipped) into any client bundle that imports it.
export const MIN_PASSWORD = 8;
export const MAX_TEXT = 120;
export const MAX_NOTE = 500;
// As the backend allows.
export const MAX_SHELF_PRODUCTS = 100;

export const PARTNER_KINDS = ["hotel", "cruise", "tour_operator", "travel_agency", "other"] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const PARTNER_STATUSES = ["pending", "active", "suspended", "rejected"] as const;
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];

export interface PartnerView {
  id: string;
  displayName: string;
  legalName: string | null;
  kind: PartnerKind;
  status: PartnerStatus;
  referralCode: string | null;
  /** A fraction: 0.08 is 8 % of the order's revenue. */
  commissionRate: number | null;
}

export interface StatsFigures {
  clicks: number;
  orders: number;
  revenue: number;
  commission: number;
}

export interface MonthStats extends StatsFigures {
  /** `YYYY-MM`. */
  month: string;
}

/** GET /partner/balance (docs/architecture.md, Balances): the partner's commission, whole đồng. */
export interface PartnerBalance {
  currency_code: "vnd";
  pending: number;
  payable: number;
  paid: number;
  withheld: number;
}

export interface PartnerStats {
  currencyCode: string;
  months: MonthStats[];
  totals: StatsFigures;
}

export const COMMISSION_STATUSES = ["pending", "earned", "void"] as const;
export type CommissionStatus = (typeof COMMISSION_STATUSES)[number];

export interface PartnerOrderView {
  id: string;
  displayId: number | null;
  createdAt: string | null;
  status: string | null;
  total: Money;
  commission: Money;
  commissionStatus: CommissionStatus;
}

export interface PartnerOrderPage {
  orders: PartnerOrderView[];
  count: number;
}

export interface Bilingual {
  vi: string;
  en: string;
}

export interface ShelfLinks {
  page: string | null;
  embed: string | null;
  products: { productId: string; url: string }[];
}

/** A shelf as its partner edits it. */
export interface PartnerShelfView {
  id: string;
  title: Bilingual;
  note: Bilingual;
  /** In the partner's order. */
  productIds: string[];
  /** What the partner sees of each product (a deleted one is missing). */
  products: Record<string, { title: string; handle: string | null; published: boolean }>;
  links: ShelfLinks;
}

/** A shelf as shoppers see it, in one language. */
export interface PublicShelfView {
  id: string;
  title: string;
  note: string | null;
  partnerName: string;
  referralCode: string;
  products: ProductSummary[];
}

/** Where a partner receives its guests' parcels (issue #13): its address with the official codes. */
export interface GuestDeliverySetting {
  street: string;
  provinceCode: string;
  communeCode: string;
  /** "Tuần Châu, Quảng Ninh". */
  place: string;
}

export const GUEST_DELIVERY_STATUSES = ["preparing", "shipped", "delivered", "canceled"] as const;
export type GuestDeliveryStatus = (typeof GUEST_DELIVERY_STATUSES)[number];

/** An order addressed to the partner for one of its guests. */
export interface GuestDeliveryView {
  orderId: string;
  displayId: number | null;
  createdAt: string | null;
  guestName: string;
  room: string;
  /** Who ships each parcel, and its weight in grams. */
  parcels: { producerName: string | null; weightG: number | null }[];
  status: GuestDeliveryStatus;
}

export interface GuestDeliveryPage {
  deliveries: GuestDeliveryView[];
  count: number;
}
