import "server-only";
import type { AppLocale } from "@/i18n/routing";
import { cache } from "react";
import { redirect } from "@/i18n/navigation";
import { portalCall, portalDownload, portalPostSheet, PortalError } from "../portal-client";
import type { PortalSchedule } from "./schedule";
import { getProducerToken } from "./session";
import type { BookingAction, NoticeList, NoticePreferences, PortalBalance, PortalMe, PortalOrder, PortalLedgerMonth, PortalPhoto, PortalProduct, PortalPayouts, PortalReturn, PortalStockItem } from "./types";

// Everything the portal reads or changes, always with the member's token from the cookie:
// the backend scopes each call to the member's producer.

async function token(): Promise<string> {
  const value = await getProducerToken();
  if (!value) throw new PortalError(401, "Not signed in");
  return value;
}

/** The signed-in member and producer, or null without a valid login. Cached per request. */
export const getMe = cache(async (): Promise<PortalMe | null> => {
  const value = await getProducerToken();
  if (!value) return null;
  try {
    return await portalCall<PortalMe>("/producer/me", { token: value });
  } catch (error) {
    if (error instanceof PortalError && error.status === 401) return null;
    throw error;
  }
});

/** For the portal's layout and the pages that show the member: the member, or off to the login page. */
export async function requireMe(locale: AppLocale): Promise<PortalMe> {
  const me = await getMe();
  if (!me) return redirect({ href: "/producer/login", locale });
  return me;
}

/**
 * A portal page's own reads. Their layout checks the login (requireMe), but Next does not render a layout
 * again when the member moves from page to page: a read refused for want of a login (the token ran out or
 * was revoked since) sends to the login page as well, as requireMe does, rather than to the error page.
 */
export async function pageRead<T>(locale: AppLocale, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof PortalError && error.status === 401) return redirect({ href: "/producer/login", locale });
    throw error;
  }
}

export async function listProducts(options: { archived?: boolean; q?: string; limit?: number } = {}) {
  return portalCall<{ products: PortalProduct[]; count: number }>("/producer/products", {
    token: await token(),
    query: { archived: options.archived ? "true" : undefined, q: options.q, limit: options.limit ?? 100 },
  });
}

/** One of the producer's products, or null (the backend answers 404 for anyone else's). */
export async function getProduct(id: string): Promise<PortalProduct | null> {
  try {
    return (await portalCall<{ product: PortalProduct }>(`/producer/products/${encodeURIComponent(id)}`, { token: await token() })).product;
  } catch (error) {
    if (error instanceof PortalError && error.status === 404) return null;
    throw error;
  }
}

export async function createProduct(body: unknown) {
  return (await portalCall<{ product: PortalProduct }>("/producer/products", { method: "POST", token: await token(), body })).product;
}

export async function updateProduct(id: string, body: unknown) {
  return (await portalCall<{ product: PortalProduct }>(`/producer/products/${encodeURIComponent(id)}`, { method: "POST", token: await token(), body }))
    .product;
}

export async function archiveProduct(id: string) {
  await portalCall(`/producer/products/${encodeURIComponent(id)}`, { method: "DELETE", token: await token() });
}

export async function requestCertificate(id: string, body: unknown) {
  await portalCall(`/producer/products/${encodeURIComponent(id)}/certificate-requests`, { method: "POST", token: await token(), body });
}

export async function getStock() {
  return portalCall<{ stock_location: { id: string; name: string } | null; items: PortalStockItem[] }>("/producer/stock", { token: await token() });
}

export async function setStock(levels: Array<{ variant_id: string; stocked_quantity: number }>) {
  await portalCall("/producer/stock", { method: "POST", token: await token(), body: { levels } });
}

export async function listOrders(limit = 50) {
  return portalCall<{ orders: PortalOrder[]; count: number }>("/producer/orders", { token: await token(), query: { limit } });
}

export async function fulfilOrder(orderId: string, body: { carrier: string; tracking_number: string; tracking_url?: string }) {
  await portalCall(`/producer/orders/${encodeURIComponent(orderId)}/fulfillments`, { method: "POST", token: await token(), body });
}

export async function serveBooking(orderId: string, lineId: string, body: { action: BookingAction; reason?: string }) {
  await portalCall(`/producer/orders/${encodeURIComponent(orderId)}/bookings/${encodeURIComponent(lineId)}`, { method: "POST", token: await token(), body });
}

/** The producer's return requests (newest first); the backend shows only its own. */
export async function listReturns(status?: "requested" | "accepted" | "refused" | "disputed") {
  return portalCall<{ returns: PortalReturn[] }>("/producer/returns", { token: await token(), query: status ? { status } : {} });
}

export async function decideReturn(id: string, decision: "accept" | "refuse", reason?: string) {
  await portalCall(`/producer/returns/${encodeURIComponent(id)}/${decision}`, { method: "POST", token: await token(), body: decision === "refuse" ? { reason } : {} });
}

/** What the ledger says the producer is owed and was paid. */
export async function getBalance() {
  return portalCall<PortalBalance>("/producer/balance", { token: await token() });
}

export async function updateProfile(body: Record<string, string | null>) {
  return portalCall<PortalMe>("/producer/me", { method: "POST", token: await token(), body });
}

/** The month's ledger lines (what occurred that month) with where their money stands. */
export async function getLedgerMonth(month: string) {
  return portalCall<PortalLedgerMonth>("/producer/balance/months", { token: await token(), query: { month } });
}

/** Revenue and tax withheld per month of a year, as the backend's CSV file. */
export async function taxWithheldCsv(year: string) {
  return portalDownload("/producer/balance/tax", { token: await token(), query: { year, format: "csv" } });
}

/** The month's ledger lines as the backend's CSV file. */
export async function ledgerMonthCsv(month: string) {
  return portalDownload("/producer/balance/months", { token: await token(), query: { month, format: "csv" } });
}

/** The payouts the producer has received. */
export async function getPayouts() {
  return portalCall<PortalPayouts>("/producer/balance/payouts", { token: await token() });
}

/** A product's QR code (png or svg). */
export async function productQr(id: string, kind: "png" | "svg") {
  return portalDownload(`/producer/products/${encodeURIComponent(id)}/qr.${kind}`, { token: await token() });
}

/** Uploads images through the backend's file module; their public URLs. */
export async function uploadImages(files: File[]): Promise<string[]> {
  const form = new FormData();
  for (const file of files) form.append("files", file, file.name);
  const { files: stored } = await portalCall<{ files: Array<{ url: string }> }>("/producer/uploads", { method: "POST", token: await token(), body: form });
  return stored.map((f) => f.url);
}

const photosPath = (id: string, rest = "") => `/producer/products/${encodeURIComponent(id)}/photos${rest}`;

/** Adds photos to one of the producer's products (resized to WebP by the backend); its photos after. */
export async function uploadPhotos(id: string, files: File[]): Promise<PortalPhoto[]> {
  const form = new FormData();
  for (const file of files) form.append("files", file, file.name);
  return (await portalCall<{ photos: PortalPhoto[] }>(photosPath(id), { method: "POST", token: await token(), body: form, timeoutMs: 120_000 })).photos;
}

/** Puts a product's photos in this order (every id once); its photos after. */
export async function orderPhotos(id: string, ids: string[]): Promise<PortalPhoto[]> {
  return (await portalCall<{ photos: PortalPhoto[] }>(photosPath(id, "/order"), { method: "POST", token: await token(), body: { ids } })).photos;
}

/** Sets a photo's alt texts; its product's photos after. */
export async function setPhotoAlt(id: string, photoId: string, body: { alt_vi: string | null; alt_en: string | null }): Promise<PortalPhoto[]> {
  return (await portalCall<{ photos: PortalPhoto[] }>(photosPath(id, `/${encodeURIComponent(photoId)}`), { method: "POST", token: await token(), body })).photos;
}

export async function deletePhoto(id: string, photoId: string): Promise<PortalPhoto[]> {
  return (await portalCall<{ photos: PortalPhoto[] }>(photosPath(id, `/${encodeURIComponent(photoId)}`), { method: "DELETE", token: await token() })).photos;
}

/** The member's notices (newest first) and how many are unread (backend: src/api/producer/notices). */
export async function getNotices(limit = 50) {
  return portalCall<NoticeList>("/producer/notices", { token: await token(), query: { limit } });
}

/** Only the unread count, for the shell's bell; 0 when it cannot be read (the page still renders). */
export const getUnreadNotices = cache(async (): Promise<number> => {
  try {
    return (await portalCall<NoticeList>("/producer/notices", { token: await token(), query: { limit: 1 } })).unread;
  } catch {
    return 0;
  }
});

export async function markNoticesRead(body: { ids: string[] } | { all: true }) {
  return portalCall<{ marked: number }>("/producer/notices/read", { method: "POST", token: await token(), body });
}

export async function getNoticePreferences() {
  return portalCall<NoticePreferences>("/producer/notices/preferences", { token: await token() });
}

export async function setNoticePreferences(body: { locale: "vi" | "en"; off: string[] }) {
  return portalCall<NoticePreferences>("/producer/notices/preferences", { method: "POST", token: await token(), body });
}

/** The CSV import: a dry run lists every row's problems; otherwise all rows are imported or none. */
export async function importProducts(sheet: Uint8Array, options: { dryRun: boolean; locale: AppLocale }) {
  return portalPostSheet<Record<string, unknown>>("/producer/products/import", sheet, {
    token: await token(),
    query: { dry_run: options.dryRun ? "true" : undefined, locale: options.locale },
    timeoutMs: 180_000,
  });
}

export async function importTemplate(locale: AppLocale) {
  return portalDownload("/producer/products/import/template", { token: await token(), query: { locale } });
}

/** An experience's booking calendar (null: it books by `capacity` per date alone). */
export async function getSchedule(id: string): Promise<{ schedule: PortalSchedule | null; capacity: number }> {
  return portalCall<{ schedule: PortalSchedule | null; capacity: number }>(`/producer/products/${encodeURIComponent(id)}/schedule`, { token: await token() });
}

export async function saveSchedule(id: string, body: PortalSchedule) {
  return (await portalCall<{ schedule: PortalSchedule }>(`/producer/products/${encodeURIComponent(id)}/schedule`, { method: "POST", token: await token(), body })).schedule;
}

export async function removeSchedule(id: string) {
  await portalCall(`/producer/products/${encodeURIComponent(id)}/schedule`, { method: "DELETE", token: await token() });
}
