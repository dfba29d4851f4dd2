import "server-only";
import { addDays } from "@ocop/core";
import { load, type Loaded } from "../backend";
import { getSdk, httpStatus } from "../medusa";
import { attachReferringPartner } from "../partner/cart";
import { getRegion } from "../regions";
import { authHeaders, getCartId } from "../session";
import { asNumber, asRecord, asText } from "../wire";
import { todayInVietnam } from "./booking";

// Backend calls of experience bookings: availability, adding and changing a booking in the
// cart, and the buyer's contact for a cart that ships nothing.

export interface AvailabilityView {
  capacity: number;
  /** Places left by date (YYYY-MM-DD), from today on. */
  remaining: Record<string, number>;
}

const WINDOW_DAYS = 90;

export function getAvailability(productId: string): Promise<Loaded<AvailabilityView>> {
  return load("loading experience availability", async () => {
    const sdk = await getSdk();
    const from = todayInVietnam();
    const body = asRecord(
      await sdk.client.fetch<unknown>(`/store/experiences/${encodeURIComponent(productId)}/availability`, {
        query: { from, to: addDays(from, WINDOW_DAYS - 1) },
      }),
    );
    const remaining: Record<string, number> = {};
    for (const d of Array.isArray(body?.dates) ? body.dates : []) {
      const row = asRecord(d);
      const date = asText(row?.date);
      if (date) remaining[date] = asNumber(row?.remaining) ?? 0;
    }
    return { capacity: asNumber(body?.capacity) ?? 0, remaining };
  });
}

/** Why the backend refused a booking: its message names the field ("party_size: …"). */
export type BookingResult =
  | { ok: true; cartId: string }
  | { ok: false; reason: "refused"; message: string }
  | { ok: false; reason: "missing" | "backend" };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function refusal(error: unknown): BookingResult {
  const status = httpStatus(error);
  if (status === 400) return { ok: false, reason: "refused", message: messageOf(error) };
  if (status === 404) return { ok: false, reason: "missing" };
  console.error("[storefront] booking failed:", messageOf(error));
  return { ok: false, reason: "backend" };
}

/** Adds a booking to the open cart (creating the cart on the first add); quantity = party size. */
export async function addBooking(variantId: string, date: string, partySize: number): Promise<BookingResult> {
  const sdk = await getSdk();
  const headers = await authHeaders();
  const item = { variant_id: variantId, quantity: partySize, metadata: { experience_date: date, party_size: partySize } };
  try {
    const existing = await getCartId();
    if (existing) {
      try {
        await sdk.store.cart.createLineItem(existing, item, { fields: "id" }, headers);
        return { ok: true, cartId: existing };
      } catch (error) {
        // A missing or already ordered cart: start a new one below.
        const status = httpStatus(error);
        if (status !== 404 && !/already completed/i.test(messageOf(error))) throw error;
      }
    }
    const region = await getRegion();
    const { cart } = await sdk.store.cart.create({ region_id: region.id }, { fields: "id" }, headers);
    await attachReferringPartner(cart.id);
    await sdk.store.cart.createLineItem(cart.id, item, { fields: "id" }, headers);
    return { ok: true, cartId: cart.id };
  } catch (error) {
    return refusal(error);
  }
}

/** Changes the party size of a booking line (the date stays). */
export async function updateBooking(lineId: string, date: string, partySize: number): Promise<BookingResult> {
  const cartId = await getCartId();
  if (!cartId) return { ok: false, reason: "missing" };
  try {
    const sdk = await getSdk();
    await sdk.store.cart.updateLineItem(
      cartId,
      lineId,
      { quantity: partySize, metadata: { experience_date: date, party_size: partySize } },
      { fields: "id" },
      await authHeaders(),
    );
    return { ok: true, cartId };
  } catch (error) {
    return refusal(error);
  }
}

export interface BookingContact {
  fullName: string;
  phone: string;
}

/** The buyer of a cart that ships nothing: email and, on the billing address, name and phone. */
export async function setBookingContact(cartId: string, email: string, contact: BookingContact): Promise<boolean> {
  try {
    const sdk = await getSdk();
    await sdk.store.cart.update(
      cartId,
      { email, billing_address: { first_name: contact.fullName, last_name: "", phone: contact.phone, country_code: "vn" } },
      { fields: "id" },
      await authHeaders(),
    );
    return true;
  } catch (error) {
    console.error("[storefront] saving the booking contact failed:", messageOf(error));
    return false;
  }
}

/** The contact saved on a cart (null when its billing address lacks a name or phone). */
export async function getBookingContact(cartId: string): Promise<BookingContact | null> {
  try {
    const sdk = await getSdk();
    const { cart } = await sdk.store.cart.retrieve(cartId, { fields: "id,*billing_address" }, await authHeaders());
    const billing = asRecord((cart as unknown as Record<string, unknown>).billing_address);
    const fullName = asText(billing?.first_name);
    const phone = asText(billing?.phone);
    return fullName && phone ? { fullName, phone } : null;
  } catch {
    return null;
  }
}
