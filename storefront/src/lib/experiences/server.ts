import "server-only";
import { addDays } from "@ocop/core";
import { load, type Loaded } from "../backend";
import { getSdk, httpStatus } from "../medusa";
import { attachReferringPartner } from "../partner/cart";
import { getRegion } from "../regions";
import { authHeaders, getCartId } from "../session";
import { asNumber, text } from "../wire";
import type { AvailabilityAnswer, AvailabilityDateWire, ClosedReasonWire } from "../wire-types";
import { todayInVietnam } from "./booking";

// Backend calls of experience bookings: availability, adding and changing a booking in the
// cart, and the buyer's contact for a cart that ships nothing.

export interface AvailabilityView {
  capacity: number;
  /** Places left by date (YYYY-MM-DD), from today on. */
  remaining: Record<string, number>;
  /** The producer's booking calendar (issue #19); null when the experience has none. */
  schedule: ScheduleView | null;
}

/** Why a date or time takes no booking (the backend's `closed`). */
export type ClosedReason = ClosedReasonWire;

export interface SlotView {
  time: string;
  remaining: number;
  closed: ClosedReason | null;
}

export interface ScheduleView {
  minNoticeHours: number;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  closedWeekdays: number[];
  /** Dates that take no booking and why (full dates are in `remaining`). */
  closed: Record<string, ClosedReason>;
  /** Each date's times, in start order (empty without time slots). */
  slots: Record<string, SlotView[]>;
}

const CLOSED = new Set<string>(["day_off", "weekly_off", "notice", "past"]);
const closedOf = (value: string | null | undefined): ClosedReason | null =>
  typeof value === "string" && CLOSED.has(value) ? (value as ClosedReason) : null;

function scheduleView(body: AvailabilityAnswer | null | undefined, dates: readonly AvailabilityDateWire[]): ScheduleView | null {
  const schedule = body?.schedule;
  if (!schedule) return null;
  const view: ScheduleView = {
    minNoticeHours: asNumber(schedule.min_notice_hours) ?? 0,
    closedWeekdays: Array.isArray(schedule.closed_weekdays) ? schedule.closed_weekdays.filter((d): d is number => typeof d === "number") : [],
    closed: {},
    slots: {},
  };
  for (const row of dates) {
    const date = text(row?.date);
    if (!date || !row) continue;
    const closed = closedOf(row.closed);
    if (closed) view.closed[date] = closed;
    view.slots[date] = (Array.isArray(row.slots) ? row.slots : []).flatMap((slot) => {
      const time = text(slot?.time);
      return time ? [{ time, remaining: asNumber(slot?.remaining) ?? 0, closed: closedOf(slot?.closed) }] : [];
    });
  }
  return view;
}

const WINDOW_DAYS = 90;

export function getAvailability(productId: string): Promise<Loaded<AvailabilityView>> {
  return load("loading experience availability", async () => {
    const sdk = await getSdk();
    const from = todayInVietnam();
    const body = await sdk.client.fetch<AvailabilityAnswer>(`/store/experiences/${encodeURIComponent(productId)}/availability`, {
      query: { from, to: addDays(from, WINDOW_DAYS - 1) },
    });
    const remaining: Record<string, number> = {};
    const dates = Array.isArray(body?.dates) ? body.dates : [];
    for (const row of dates) {
      const date = text(row?.date);
      if (date) remaining[date] = asNumber(row?.remaining) ?? 0;
    }
    return { capacity: asNumber(body?.capacity) ?? 0, remaining, schedule: scheduleView(body, dates) };
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
export async function addBooking(variantId: string, date: string, partySize: number, slot: string | null = null): Promise<BookingResult> {
  const sdk = await getSdk();
  const headers = await authHeaders();
  const item = { variant_id: variantId, quantity: partySize, metadata: bookingMetadata(date, partySize, slot) };
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

/** A booking line's metadata: the time slot only when the experience has times. */
const bookingMetadata = (date: string, partySize: number, slot: string | null) => ({
  experience_date: date,
  party_size: partySize,
  ...(slot ? { experience_slot: slot } : {}),
});

/** Changes the party size of a booking line (the date and time stay). */
export async function updateBooking(lineId: string, date: string, partySize: number, slot: string | null = null): Promise<BookingResult> {
  const cartId = await getCartId();
  if (!cartId) return { ok: false, reason: "missing" };
  try {
    const sdk = await getSdk();
    await sdk.store.cart.updateLineItem(
      cartId,
      lineId,
      { quantity: partySize, metadata: bookingMetadata(date, partySize, slot) },
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
    const fullName = text(cart.billing_address?.first_name);
    const phone = text(cart.billing_address?.phone);
    return fullName && phone ? { fullName, phone } : null;
  } catch {
    return null;
  }
}
