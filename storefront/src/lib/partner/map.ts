// Reads the partner API's answers (typed in ../wire-types; docs/architecture.md and issue #8) into
// the types of ./types. Pure: no I/O. What the backend may leave out (a partner without a code yet,
// an order that is gone) falls back to something harmless; so does a kind or status this storefront
// does not know (a newer backend), as the pages look their labels up by it.

import { parseSearchResponse } from "../search-map";
import { asNumber, text } from "../wire";
import type {
  GuestDeliveriesAnswer,
  GuestDeliveryWire,
  PartnerFiguresWire,
  PartnerOrdersAnswer,
  PartnerOrderWire,
  PartnerShelfWire,
  PartnerShelvesAnswer,
  PartnerStatsAnswer,
  PartnerWire,
  PublicShelfAnswer,
} from "../wire-types";
import {
  COMMISSION_STATUSES,
  GUEST_DELIVERY_STATUSES,
  PARTNER_KINDS,
  PARTNER_STATUSES,
  type Bilingual,
  type GuestDeliveryPage,
  type GuestDeliverySetting,
  type MonthStats,
  type PartnerOrderPage,
  type PartnerOrderView,
  type PartnerShelfView,
  type PartnerStats,
  type PartnerView,
  type PublicShelfView,
  type ShelfLinks,
  type StatsFigures,
} from "./types";

function oneOf<T extends string>(list: readonly T[], value: string, fallback: T): T {
  return (list as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** A rate given as a fraction (0.08) or as a percentage (8) → the fraction. */
export function rateFraction(value: number | null | undefined): number | null {
  const n = asNumber(value);
  if (n === null || n < 0) return null;
  return n > 1 ? n / 100 : n;
}

/** Null without a partner (GET /partner/me after the partner is gone). */
export function toPartnerView(p: PartnerWire | null | undefined): PartnerView | null {
  const id = text(p?.id);
  if (!p || !id) return null;
  return {
    id,
    displayName: text(p.display_name) ?? text(p.legal_name) ?? id,
    legalName: text(p.legal_name),
    kind: oneOf(PARTNER_KINDS, p.kind, "other"),
    status: oneOf(PARTNER_STATUSES, p.status, "pending"),
    referralCode: text(p.referral_code),
    commissionRate: rateFraction(p.commission_rate),
  };
}

function figures(f: PartnerFiguresWire): StatsFigures {
  return { clicks: f.clicks, orders: f.orders, revenue: f.revenue, commission: f.commission };
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** `YYYY-MM` of `date` in Việt Nam (UTC+7, no daylight saving), `back` months earlier. */
export function vnMonth(date: Date, back = 0): string {
  const vn = new Date(date.getTime() + 7 * 3600_000);
  const index = vn.getUTCFullYear() * 12 + vn.getUTCMonth() - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Every month from `from` to `to` (both `YYYY-MM`), oldest first. */
export function monthsBetween(from: string, to: string): string[] {
  if (!MONTH.test(from) || !MONTH.test(to)) return [];
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  const months: string[] = [];
  for (let i = index(from); i <= index(to) && months.length < 120; i += 1) {
    months.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
  }
  return months;
}

/** The stats of every month from `from` to `to`: months the backend left out count zero. */
export function toPartnerStats(body: PartnerStatsAnswer, from: string, to: string): PartnerStats {
  const byMonth = new Map<string, MonthStats>(body.months.map((row) => [row.month, { month: row.month, ...figures(row) }]));
  const months = monthsBetween(from, to).map((month) => byMonth.get(month) ?? { month, clicks: 0, orders: 0, revenue: 0, commission: 0 });
  return { currencyCode: body.currency_code, months, totals: figures(body.totals) };
}

function toPartnerOrder(row: PartnerOrderWire): PartnerOrderView | null {
  const id = text(row.id);
  if (!id) return null;
  const currencyCode = row.currency_code;
  return {
    id,
    displayId: row.display_id,
    createdAt: text(row.created_at),
    status: text(row.status),
    // Null when the order itself is gone; its commission stays.
    total: { amount: row.total ?? 0, currencyCode },
    commission: { amount: row.commission, currencyCode },
    commissionStatus: oneOf(COMMISSION_STATUSES, row.commission_status, "pending"),
  };
}

export function toPartnerOrderPage(body: PartnerOrdersAnswer): PartnerOrderPage {
  const orders = body.orders.map(toPartnerOrder).filter((o): o is PartnerOrderView => o !== null);
  return { orders, count: body.count };
}

/** `{vi, en}` (a shelf as its partner edits it) or one plain string (the public shelf's, in the language asked for), then used for both. */
function bilingual(value: { vi: string | null; en: string | null } | string | null): Bilingual {
  if (typeof value === "string") return { vi: value.trim(), en: value.trim() };
  return { vi: text(value?.vi) ?? "", en: text(value?.en) ?? "" };
}

function toLinks(links: PartnerShelfWire["links"]): ShelfLinks {
  return { page: links.page, embed: links.embed, products: links.products.map((p) => ({ productId: p.product_id, url: p.url })) };
}

export function toPartnerShelf(shelf: PartnerShelfWire): PartnerShelfView {
  const products: PartnerShelfView["products"] = {};
  for (const p of shelf.products) {
    const title = text(p.title);
    if (title) products[p.id] = { title, handle: text(p.handle), published: p.status === "published" };
  }
  // Deleted products stay in product_ids (the partner sees them gone) and are not in `products`.
  const productIds = [...new Set(shelf.product_ids)];
  return { id: shelf.id, title: bilingual(shelf.title), note: bilingual(shelf.note), productIds, products, links: toLinks(shelf.links) };
}

export function toPartnerShelves(body: PartnerShelvesAnswer): PartnerShelfView[] {
  return body.shelves.map(toPartnerShelf);
}

/** The public shelf in the language asked for; null while its partner has no referral code. */
export function toPublicShelf({ shelf }: PublicShelfAnswer, locale: "vi" | "en"): PublicShelfView | null {
  const code = text(shelf.partner.referral_code);
  if (!code) return null;
  const title = bilingual(shelf.title);
  const note = bilingual(shelf.note);
  return {
    id: shelf.id,
    title: title[locale],
    note: note[locale] || null,
    partnerName: text(shelf.partner.display_name) ?? code,
    referralCode: code,
    products: parseSearchResponse({ hits: shelf.products })?.products ?? [],
  };
}

/** A referral code as it may appear in `?ref=`: letters, digits, `-` and `_`, at most 40. */
export function normalizeRefCode(value: string | null | undefined): string | null {
  const code = value?.trim() ?? "";
  return /^[A-Za-z0-9_-]{2,40}$/.test(code) ? code : null;
}

/** `href` (a path or an absolute URL) with `ref=code` in its query, replacing one there. */
export function withRef(href: string, code: string): string {
  const absolute = /^https?:\/\//i.test(href);
  const url = new URL(href, "http://relative.invalid");
  url.searchParams.set("ref", code);
  return absolute ? url.toString() : `${url.pathname}${url.search}${url.hash}`;
}

/** Null when the partner does not accept deliveries, or its stored setting predates the official codes. */
export function toGuestDeliverySetting(g: GuestDeliveryWire | null): GuestDeliverySetting | null {
  const street = text(g?.address_1);
  const provinceCode = text(g?.province_code);
  const communeCode = text(g?.commune_code);
  if (!g || !street || !provinceCode || !communeCode) return null;
  return { street, provinceCode, communeCode, place: [text(g.city), text(g.province)].filter(Boolean).join(", ") };
}

export function toGuestDeliveryPage(body: GuestDeliveriesAnswer): GuestDeliveryPage {
  const deliveries = body.deliveries.map((d) => ({
    orderId: d.order_id,
    displayId: d.display_id,
    createdAt: d.created_at,
    guestName: d.guest_name,
    room: d.room,
    parcels: d.parcels.map((p) => ({ producerName: text(p.producer_name), weightG: p.weight_g })),
    status: oneOf(GUEST_DELIVERY_STATUSES, d.status, "preparing"),
  }));
  return { deliveries, count: body.count };
}
