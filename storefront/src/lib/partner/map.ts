// Reads the partner API's answers (see docs/architecture.md and issue #8) into
// the types of ./types. Pure: no I/O. Missing or unknown values fall back to
// something harmless instead of failing the page.

import { parseSearchResponse } from "../search-map";
import { asNumber, asRecord, asText, type JsonRecord } from "../wire";
import {
  COMMISSION_STATUSES,
  GUEST_DELIVERY_STATUSES,
  PARTNER_KINDS,
  PARTNER_STATUSES,
  type Bilingual,
  type CommissionStatus,
  type GuestDeliveryPage,
  type GuestDeliverySetting,
  type GuestDeliveryView,
  type MonthStats,
  type PartnerKind,
  type PartnerOrderPage,
  type PartnerOrderView,
  type PartnerShelfView,
  type PartnerStats,
  type PartnerStatus,
  type PartnerView,
  type PublicShelfView,
  type ShelfLinks,
  type StatsFigures,
} from "./types";

function records(value: unknown): JsonRecord[] {
  return Array.isArray(value) ? value.map(asRecord).filter((r): r is JsonRecord => r !== null) : [];
}

function oneOf<T extends string>(list: readonly T[], value: unknown, fallback: T): T {
  return (list as readonly unknown[]).includes(value) ? (value as T) : fallback;
}

/** A rate given as a fraction (0.08) or as a percentage (8) → the fraction. */
export function rateFraction(value: unknown): number | null {
  const n = asNumber(value);
  if (n === null || n < 0) return null;
  return n > 1 ? n / 100 : n;
}

export function toPartnerView(value: unknown): PartnerView | null {
  const p = asRecord(value);
  const id = asText(p?.id);
  if (!p || !id) return null;
  return {
    id,
    displayName: asText(p.display_name) ?? asText(p.legal_name) ?? id,
    legalName: asText(p.legal_name),
    kind: oneOf<PartnerKind>(PARTNER_KINDS, p.kind, "other"),
    status: oneOf<PartnerStatus>(PARTNER_STATUSES, p.status, "pending"),
    referralCode: asText(p.referral_code),
    commissionRate: rateFraction(p.commission_rate),
  };
}

function figures(value: unknown): StatsFigures {
  const r = asRecord(value);
  return {
    clicks: asNumber(r?.clicks) ?? 0,
    orders: asNumber(r?.orders) ?? 0,
    revenue: asNumber(r?.revenue) ?? 0,
    commission: asNumber(r?.commission) ?? 0,
  };
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
export function toPartnerStats(value: unknown, from: string, to: string): PartnerStats {
  const body = asRecord(value);
  const byMonth = new Map<string, MonthStats>();
  for (const row of records(body?.months)) {
    const month = asText(row.month);
    if (month && MONTH.test(month)) byMonth.set(month, { month, ...figures(row) });
  }
  const months = monthsBetween(from, to).map((month) => byMonth.get(month) ?? { month, clicks: 0, orders: 0, revenue: 0, commission: 0 });
  const totals = body?.totals
    ? figures(body.totals)
    : months.reduce<StatsFigures>(
        (sum, m) => ({
          clicks: sum.clicks + m.clicks,
          orders: sum.orders + m.orders,
          revenue: sum.revenue + m.revenue,
          commission: sum.commission + m.commission,
        }),
        { clicks: 0, orders: 0, revenue: 0, commission: 0 },
      );
  return { currencyCode: asText(body?.currency_code) ?? "vnd", months, totals };
}

function toPartnerOrder(row: JsonRecord, currencyCode: string): PartnerOrderView | null {
  const id = asText(row.id);
  if (!id) return null;
  const currency = asText(row.currency_code) ?? currencyCode;
  return {
    id,
    displayId: asNumber(row.display_id),
    createdAt: asText(row.created_at),
    status: asText(row.status),
    total: { amount: asNumber(row.total) ?? 0, currencyCode: currency },
    commission: { amount: asNumber(row.commission) ?? 0, currencyCode: currency },
    commissionStatus: oneOf<CommissionStatus>(COMMISSION_STATUSES, row.commission_status, "pending"),
  };
}

export function toPartnerOrderPage(value: unknown): PartnerOrderPage {
  const body = asRecord(value);
  const orders = records(body?.orders)
    .map((row) => toPartnerOrder(row, "vnd"))
    .filter((o): o is PartnerOrderView => o !== null);
  return { orders, count: asNumber(body?.count) ?? orders.length };
}

/** `{vi, en}` (or one plain string, then used for both languages). */
function bilingual(value: unknown): Bilingual {
  const plain = asText(value);
  if (plain) return { vi: plain, en: plain };
  const r = asRecord(value);
  return { vi: asText(r?.vi) ?? "", en: asText(r?.en) ?? "" };
}

function toLinks(value: unknown): ShelfLinks {
  const r = asRecord(value);
  const products = records(r?.products)
    .map((p) => ({ productId: asText(p.product_id) ?? "", url: asText(p.url) ?? "" }))
    .filter((p) => p.productId && p.url);
  return { page: asText(r?.page), embed: asText(r?.embed), products };
}

/** The product ids of a shelf, in order, from whichever of the usual shapes the API answers. */
function productIds(shelf: JsonRecord): string[] {
  const fromIds: (string | null)[] = Array.isArray(shelf.product_ids) ? shelf.product_ids.map(asText) : [];
  const fromProducts = records(shelf.products).map((p) => asText(p.product_id) ?? asText(p.id));
  const fromLinks = records(asRecord(shelf.links)?.products).map((p) => asText(p.product_id));
  const ids = [fromIds, fromProducts, fromLinks].find((list) => list.length > 0) ?? [];
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

export function toPartnerShelf(value: unknown): PartnerShelfView | null {
  const shelf = asRecord(value);
  const id = asText(shelf?.id);
  if (!shelf || !id) return null;
  const products: PartnerShelfView["products"] = {};
  for (const p of records(shelf.products)) {
    const productId = asText(p.id) ?? asText(p.product_id);
    const title = asText(p.title);
    // A product without a status is taken as shown; the public shelf filters again.
    if (productId && title) products[productId] = { title, handle: asText(p.handle), published: (asText(p.status) ?? "published") === "published" };
  }
  return { id, title: bilingual(shelf.title), note: bilingual(shelf.note), productIds: productIds(shelf), products, links: toLinks(shelf.links) };
}

export function toPartnerShelves(value: unknown): PartnerShelfView[] {
  return records(asRecord(value)?.shelves)
    .map(toPartnerShelf)
    .filter((s): s is PartnerShelfView => s !== null);
}

/** The public shelf in the language asked for (`title` may also come as `{vi, en}`). */
export function toPublicShelf(value: unknown, locale: "vi" | "en"): PublicShelfView | null {
  const shelf = asRecord(asRecord(value)?.shelf);
  const id = asText(shelf?.id);
  const partner = asRecord(shelf?.partner);
  const code = asText(partner?.referral_code);
  if (!shelf || !id || !code) return null;
  const title = bilingual(shelf.title);
  const note = bilingual(shelf.note);
  return {
    id,
    title: title[locale] || title.vi || title.en,
    note: note[locale] || note.vi || note.en || null,
    partnerName: asText(partner?.display_name) ?? code,
    referralCode: code,
    products: parseSearchResponse({ hits: Array.isArray(shelf.products) ? shelf.products : [] })?.products ?? [],
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

export function toGuestDeliverySetting(value: unknown): GuestDeliverySetting | null {
  const g = asRecord(value);
  const street = asText(g?.address_1);
  const provinceCode = asText(g?.province_code);
  const communeCode = asText(g?.commune_code);
  if (!g || !street || !provinceCode || !communeCode) return null;
  return { street, provinceCode, communeCode, place: [asText(g.city), asText(g.province)].filter(Boolean).join(", ") };
}

export function toGuestDeliveryPage(value: unknown): GuestDeliveryPage {
  const body = asRecord(value);
  const deliveries = records(body?.deliveries).flatMap((d): GuestDeliveryView[] => {
    const orderId = asText(d.order_id);
    if (!orderId) return [];
    return [
      {
        orderId,
        displayId: asNumber(d.display_id),
        createdAt: asText(d.created_at),
        guestName: asText(d.guest_name) ?? "",
        room: asText(d.room) ?? "",
        parcels: records(d.parcels).map((p) => ({ producerName: asText(p.producer_name), weightG: asNumber(p.weight_g) })),
        status: oneOf(GUEST_DELIVERY_STATUSES, d.status, "preparing"),
      },
    ];
  });
  return { deliveries, count: asNumber(body?.count) ?? deliveries.length };
}
