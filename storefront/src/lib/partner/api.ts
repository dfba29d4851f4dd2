import "server-only";
import { cache } from "react";
import { load, type Loaded } from "../backend";
import { jwtActorId } from "../jwt";
import { cachedCatalogRead } from "../catalog-cache";
import { backendConfig, httpStatus, sdkFor, type BackendConfig } from "../medusa";
import { portalCall, portalDownload, type PortalCall } from "../portal-client";
import {
  toGuestDeliveryPage,
  toGuestDeliverySetting,
  toPartnerOrderPage,
  toPartnerShelf,
  toPartnerShelves,
  toPartnerStats,
  toPartnerView,
  toPublicShelf,
} from "./map";
import type {
  GuestDeliveriesAnswer,
  GuestDeliveryAnswer,
  PartnerAnswer,
  PartnerOrdersAnswer,
  PartnerShelfAnswer,
  PartnerShelvesAnswer,
  PartnerStatsAnswer,
  PublicShelfAnswer,
} from "../wire-types";
import type { NoticeList, NoticePreferences, PortalLedgerMonth, PortalPayouts } from "../producer-portal/types";
import { getPartnerToken } from "./session";
import type { Bilingual, GuestDeliveryPage, GuestDeliverySetting, PartnerBalance, PartnerKind, PartnerOrderPage, PartnerShelfView, PartnerStats, PartnerView, PublicShelfView } from "./types";

// Everything the storefront asks the partner API (/auth/partner/*, /partner/*)
// and the public shelf API goes through here; pages never see the wire format.

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export type PartnerAuthResult = { ok: true; token: string } | { ok: false; reason: "invalid" | "emailTaken" | "backend" };

export async function partnerLogin(email: string, password: string): Promise<PartnerAuthResult> {
  try {
    const { token } = await portalCall<{ token: string }>("/auth/partner/emailpass", { method: "POST", body: { email, password } });
    return { ok: true, token };
  } catch (error) {
    const status = httpStatus(error);
    if (status === 401 || status === 400) return { ok: false, reason: "invalid" };
    console.error("[storefront] partner login failed:", message(error));
    return { ok: false, reason: "backend" };
  }
}

/** A registration token: it may apply, then the partner logs in again to act as the partner. */
export async function partnerRegister(email: string, password: string): Promise<PartnerAuthResult> {
  try {
    const { token } = await portalCall<{ token: string }>("/auth/partner/emailpass/register", { method: "POST", body: { email, password } });
    return { ok: true, token };
  } catch (error) {
    if (/exists/i.test(message(error))) return { ok: false, reason: "emailTaken" };
    console.error("[storefront] partner registration failed:", message(error));
    return { ok: false, reason: "backend" };
  }
}

export interface PartnerApplication {
  displayName: string;
  legalName: string;
  kind: PartnerKind;
  contactName: string;
  email: string;
  phone: string;
  website: string | null;
}

export type ApplyResult = { ok: true; partner: PartnerView } | { ok: false; reason: "rejected"; detail: string } | { ok: false; reason: "exists" | "backend" };

export async function applyAsPartner(token: string, input: PartnerApplication): Promise<ApplyResult> {
  try {
    const body = await portalCall<PartnerAnswer>("/partner/applications", {
      method: "POST",
      token,
      body: {
        display_name: input.displayName,
        legal_name: input.legalName,
        kind: input.kind,
        contact_name: input.contactName,
        email: input.email,
        phone: input.phone,
        ...(input.website ? { website: input.website } : {}),
      },
    });
    const partner = toPartnerView(body.partner);
    return partner ? { ok: true, partner } : { ok: false, reason: "backend" };
  } catch (error) {
    const status = httpStatus(error);
    if (status === 409) return { ok: false, reason: "exists" };
    if (status === 400) return { ok: false, reason: "rejected", detail: message(error) };
    console.error("[storefront] partner application failed:", message(error));
    return { ok: false, reason: "backend" };
  }
}

/** Who is at the portal: nobody, a login that has not applied yet, or a partner (of any status). */
export type PortalVisitor = { kind: "anonymous" } | { kind: "applicant"; token: string } | { kind: "partner"; partner: PartnerView };

export const getPortalVisitor = cache(
  (): Promise<Loaded<PortalVisitor>> =>
    load("loading the partner", async (): Promise<PortalVisitor> => {
      const token = await getPartnerToken();
      if (!token) return { kind: "anonymous" };
      if (!jwtActorId(token)) return { kind: "applicant", token };
      try {
        const partner = toPartnerView((await portalCall<PartnerAnswer>("/partner/me", { token })).partner);
        return partner ? { kind: "partner", partner } : { kind: "anonymous" };
      } catch (error) {
        if (httpStatus(error) === 401) return { kind: "anonymous" };
        throw error;
      }
    }),
);

async function authed<T>(path: string, init: Omit<PortalCall, "token"> = {}): Promise<T> {
  const token = await getPartnerToken();
  if (!token) throw new Error("the partner is not logged in");
  return portalCall<T>(path, { ...init, token });
}

export function getPartnerStats(from: string, to: string): Promise<Loaded<PartnerStats>> {
  return load("loading the partner's stats", async () => toPartnerStats(await authed<PartnerStatsAnswer>("/partner/stats", { query: { from, to } }), from, to));
}

export function getPartnerBalance(): Promise<Loaded<PartnerBalance>> {
  return load("loading the partner's balance", () => authed<PartnerBalance>("/partner/balance"));
}

/** The partner's commission lines of a month (YYYY-MM), pending, payable or paid. */
export function getPartnerLedgerMonth(month: string): Promise<Loaded<PortalLedgerMonth>> {
  return load("loading the partner's ledger", () => authed<PortalLedgerMonth>("/partner/balance/months", { query: { month } }));
}

/** The commission payouts the partner has received. */
export function getPartnerPayouts(): Promise<Loaded<PortalPayouts>> {
  return load("loading the partner's payouts", () => authed<PortalPayouts>("/partner/balance/payouts"));
}

export function listPartnerOrders(limit: number, offset: number): Promise<Loaded<PartnerOrderPage>> {
  return load("listing the partner's orders", async () => toPartnerOrderPage(await authed<PartnerOrdersAnswer>("/partner/orders", { query: { limit, offset } })));
}

export function listPartnerShelves(): Promise<Loaded<PartnerShelfView[]>> {
  return load("listing the partner's shelves", async () => toPartnerShelves(await authed<PartnerShelvesAnswer>("/partner/shelves")));
}

/** One of the partner's own shelves; null when it is not theirs or gone. */
export function getPartnerShelf(id: string): Promise<Loaded<PartnerShelfView | null>> {
  return load("loading a shelf", async () => {
    try {
      return toPartnerShelf((await authed<PartnerShelfAnswer>(`/partner/shelves/${encodeURIComponent(id)}`)).shelf);
    } catch (error) {
      if (httpStatus(error) === 404 || httpStatus(error) === 403) return null;
      throw error;
    }
  });
}

export interface ShelfInput {
  title: Bilingual;
  note: Bilingual;
  productIds: string[];
}

export type ShelfWriteResult = { ok: true; shelf: PartnerShelfView } | { ok: false; reason: "missing" | "backend" } | { ok: false; reason: "rejected"; detail: string };

async function writeShelf(path: string, input: ShelfInput): Promise<ShelfWriteResult> {
  try {
    const body = await authed<PartnerShelfAnswer>(path, {
      method: "POST",
      body: { title: input.title, note: input.note, product_ids: input.productIds },
    });
    return { ok: true, shelf: toPartnerShelf(body.shelf) };
  } catch (error) {
    const status = httpStatus(error);
    if (status === 404 || status === 403) return { ok: false, reason: "missing" };
    if (status === 400) return { ok: false, reason: "rejected", detail: message(error) };
    console.error("[storefront] saving a shelf failed:", message(error));
    return { ok: false, reason: "backend" };
  }
}

export function createShelf(input: ShelfInput): Promise<ShelfWriteResult> {
  return writeShelf("/partner/shelves", input);
}

export function updateShelf(id: string, input: ShelfInput): Promise<ShelfWriteResult> {
  return writeShelf(`/partner/shelves/${encodeURIComponent(id)}`, input);
}

export async function deleteShelf(id: string): Promise<boolean> {
  try {
    await authed(`/partner/shelves/${encodeURIComponent(id)}`, { method: "DELETE" });
    return true;
  } catch (error) {
    console.error("[storefront] deleting a shelf failed:", message(error));
    return false;
  }
}

export type QrFormat = "png" | "svg";

export type QrResult = { ok: true; image: ArrayBuffer } | { ok: false; status: 401 | 404 | 502 };

/** The backend's QR image of a shelf (or of one product on it), for the portal's download route. */
export async function fetchShelfQr(id: string, format: QrFormat, productId: string | null): Promise<QrResult> {
  const token = await getPartnerToken();
  if (!token) return { ok: false, status: 401 };
  try {
    const response = await portalDownload(
      `/partner/shelves/${encodeURIComponent(id)}/qr.${format}`,
      { token, ...(productId ? { query: { product_id: productId } } : {}) },
      format === "png" ? "image/png" : "image/svg+xml",
    );
    return { ok: true, image: await response.arrayBuffer() };
  } catch (error) {
    const status = httpStatus(error);
    if (status === 401) return { ok: false, status: 401 };
    if (status !== undefined && status < 500) return { ok: false, status: 404 };
    console.error("[storefront] loading a QR code failed:", message(error));
    return { ok: false, status: 502 };
  }
}

const CONTENT_LOCALES = { vi: "vi-VN", en: "en-US" } as const;

/** A partner's public shelf in the shopper's language; null when unknown or not active. Cached per request. */
export const getPublicShelf = cache((id: string, locale: "vi" | "en"): Promise<Loaded<PublicShelfView | null>> =>
  load("loading a shelf", async () => {
    const body = await readPublicShelf(await backendConfig(), id, CONTENT_LOCALES[locale]);
    return body === null ? null : toPublicShelf(body, locale);
  }),
);

// A public shelf is the same for every shopper: it is cached and expired with its partner's changes.
const readPublicShelf = cachedCatalogRead(
  "shelf",
  ["shelves", "products", "producers", "certificates"],
  async (config: BackendConfig, id: string, contentLocale: string): Promise<PublicShelfAnswer | null> => {
    try {
      return await sdkFor(config).client.fetch<PublicShelfAnswer>(`/store/shelves/${encodeURIComponent(id)}`, { query: { locale: contentLocale } });
    } catch (error) {
      if (httpStatus(error) === 404) return null;
      throw error;
    }
  },
);

/** The member's notices and unread count (backend: src/api/partner/notices). */
export function getPartnerNotices(limit = 50): Promise<Loaded<NoticeList>> {
  return load("loading the partner's notices", () => authed<NoticeList>("/partner/notices", { query: { limit } }));
}

/** The unread count for the portal's heading; 0 when it cannot be read (the page still renders). */
export const getPartnerUnreadNotices = cache(async (): Promise<number> => {
  try {
    return (await authed<NoticeList>("/partner/notices", { query: { limit: 1 } })).unread;
  } catch {
    return 0;
  }
});

export async function markPartnerNoticesRead(body: { ids: string[] } | { all: true }) {
  return authed<{ marked: number }>("/partner/notices/read", { method: "POST", body });
}

export function getPartnerNoticePreferences(): Promise<Loaded<NoticePreferences>> {
  return load("loading the partner's notice settings", () => authed<NoticePreferences>("/partner/notices/preferences"));
}

export async function setPartnerNoticePreferences(body: { locale: "vi" | "en"; off: string[] }) {
  return authed<NoticePreferences>("/partner/notices/preferences", { method: "POST", body });
}

/** Where the partner receives its guests' parcels; null when it does not accept them (GET /partner/guest-delivery). */
export function getGuestDelivery(): Promise<Loaded<GuestDeliverySetting | null>> {
  return load("loading the partner's guest delivery", async () => toGuestDeliverySetting((await authed<GuestDeliveryAnswer>("/partner/guest-delivery")).guest_delivery));
}

export type GuestDeliveryWrite = { ok: true } | { ok: false; reason: "rejected"; detail: string } | { ok: false; reason: "backend" };

/** Accepts deliveries at the given address, or stops (`null`); the backend checks the address against the official units. */
export async function setGuestDelivery(address: { street: string; provinceCode: string; communeCode: string } | null): Promise<GuestDeliveryWrite> {
  const body = address
    ? { accepts: true, address_1: address.street, province_code: address.provinceCode, commune_code: address.communeCode }
    : { accepts: false };
  try {
    await authed("/partner/guest-delivery", { method: "POST", body });
    return { ok: true };
  } catch (error) {
    if (httpStatus(error) === 400) return { ok: false, reason: "rejected", detail: message(error) };
    console.error("[storefront] saving the guest delivery failed:", message(error));
    return { ok: false, reason: "backend" };
  }
}

/** The orders addressed to the partner for its guests, newest first (GET /partner/guest-deliveries). */
export function listGuestDeliveries(limit: number, offset: number): Promise<Loaded<GuestDeliveryPage>> {
  return load("listing the partner's guest deliveries", async () => toGuestDeliveryPage(await authed<GuestDeliveriesAnswer>("/partner/guest-deliveries", { query: { limit, offset } })));
}
