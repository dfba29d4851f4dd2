// A booking of an experience (OCOP group 6) as the storefront sees it: a cart or order line
// whose metadata holds { experience_date: "YYYY-MM-DD", party_size }. Pure: the cart mapping,
// components and tests share it.

import { isExperienceGroup, isoDateInVietnam } from "../core-client";

export interface BookingView {
  /** YYYY-MM-DD. */
  date: string;
  partySize: number;
  /** The start time ("08:00") when the experience has time slots. */
  slot?: string;
}

/** The booking a line's metadata describes, or null for goods. */
export function bookingOf(metadata: Record<string, unknown> | null | undefined): BookingView | null {
  if (!metadata || typeof metadata !== "object") return null;
  const { experience_date: date, party_size: size, experience_slot: slot } = metadata;
  if (typeof date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const partySize = Number(size);
  const view: BookingView = { date, partySize: Number.isInteger(partySize) && partySize > 0 ? partySize : 0 };
  if (typeof slot === "string" && /^\d{2}:\d{2}$/.test(slot)) view.slot = slot;
  return view;
}

/** A product whose OCOP group is 6 (tourism) is booked, not shipped. */
export function isExperience(product: { ocop: { groupSlug: string | null } | null }): boolean {
  return !!product.ocop?.groupSlug && isExperienceGroup(product.ocop.groupSlug);
}

/** True when every line is a booking: the cart needs no delivery address nor shipping method. */
export function isBookingOnly(lines: readonly { booking?: BookingView | null }[]): boolean {
  return lines.length > 0 && lines.every((l) => !!l.booking);
}

export function hasBookings(lines: readonly { booking?: BookingView | null }[]): boolean {
  return lines.some((l) => !!l.booking);
}

/** Which field of the booking form a backend refusal is about ("party_size: …" → partySize). */
export function bookingProblemField(message: string): "date" | "slot" | "partySize" | null {
  if (/^experience_date\b/.test(message)) return "date";
  if (/^experience_slot\b/.test(message)) return "slot";
  if (/^(party_size|quantity)\b/.test(message) || /\bparty_size\b/.test(message)) return "partySize";
  return null;
}

/** Parses "only 3 places left on …" / "… is fully booked" from the backend's refusal. */
export function placesLeftIn(message: string): number | null {
  if (/fully booked/.test(message)) return 0;
  const m = /only (\d+) places? left/.exec(message);
  return m ? Number(m[1]) : null;
}

/** Today's date in Vietnam, YYYY-MM-DD. */
export const todayInVietnam = (): string => isoDateInVietnam();

/**
 * Cash on delivery is for goods a carrier delivers: the backend refuses it for a cart holding a
 * booking, so the payment step does not offer it there.
 */
export function withoutCodForBookings<C extends { kind: string }>(
  loaded: { ok: true; data: C[] } | { ok: false },
  lines: readonly { booking?: BookingView | null }[],
): { ok: true; data: C[] } | { ok: false } {
  if (!loaded.ok || !hasBookings(lines)) return loaded;
  return { ok: true, data: loaded.data.filter((c) => c.kind !== "cod") };
}
