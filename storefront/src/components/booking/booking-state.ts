// What the booking forms' server actions answer: problems per field as keys of the
// Booking.errors catalog, and the values to show again. Pure.

import { bookingProblemField, placesLeftIn } from "../../lib/experiences/booking";

export type BookingErrorKey =
  | "dateRequired"
  | "dateInvalid"
  | "datePast"
  | "dateTooFar"
  | "dateFull"
  | "placesLeft"
  | "dayOff"
  | "weeklyOff"
  | "dateTooSoon"
  | "slotRequired"
  | "slotUnknown"
  | "slotFull"
  | "slotPlacesLeft"
  | "slotTooSoon"
  | "slotPast"
  | "noSlots"
  | "alreadyInCart"
  | "partySizeInvalid"
  | "partySizeTooLarge"
  | "ticketRequired"
  | "cartExpired"
  | "backend";

export interface BookingProblem {
  key: BookingErrorKey;
  values?: Record<string, number>;
}

export type BookingField = "ticket" | "date" | "slot" | "partySize";

export interface BookingState {
  seq: number;
  ok: boolean;
  errors: Partial<Record<BookingField, BookingProblem>>;
  formError: BookingProblem | null;
  values: Partial<Record<BookingField, string>>;
}

export function initialBookingState(values: BookingState["values"] = {}): BookingState {
  return { seq: 0, ok: false, errors: {}, formError: null, values };
}

export function bookingFailed(
  previous: BookingState,
  errors: BookingState["errors"],
  values: BookingState["values"],
  formError: BookingProblem | null = null,
): BookingState {
  return { seq: previous.seq + 1, ok: false, errors, formError, values };
}

export function bookingSucceeded(previous: BookingState, values: BookingState["values"] = {}): BookingState {
  return { seq: previous.seq + 1, ok: true, errors: {}, formError: null, values };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The shopper's input, checked before asking the backend (which checks it again). */
export function checkBookingInput(date: string, partySize: string, today: string, capacity: number | null) {
  const errors: BookingState["errors"] = {};
  if (!date) errors.date = { key: "dateRequired" };
  else if (!ISO_DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) errors.date = { key: "dateInvalid" };
  else if (date < today) errors.date = { key: "datePast" };
  const size = Number(partySize);
  if (!/^\d+$/.test(partySize) || !Number.isInteger(size) || size < 1) errors.partySize = { key: "partySizeInvalid" };
  else if (capacity && size > capacity) errors.partySize = { key: "partySizeTooLarge", values: { count: capacity } };
  return { errors, size };
}

/** The backend's refusal ("experience_date: only 2 places left on …") as a problem next to its field. */
export function problemFromBackend(message: string): { field: BookingField | null; problem: BookingProblem } {
  const field = bookingProblemField(message);
  if (field === "slot") return { field, problem: slotProblem(message) };
  const left = placesLeftIn(message);
  if (left === 0) return { field: "date", problem: { key: "dateFull" } };
  if (left !== null) return { field: "date", problem: { key: "placesLeft", values: { count: left } } };
  if (/already in your cart/.test(message)) return { field: "date", problem: { key: "alreadyInCart" } };
  if (field === "date") {
    if (/in the past/.test(message)) return { field, problem: { key: "datePast" } };
    if (/too far ahead/.test(message)) return { field, problem: { key: "dateTooFar" } };
    if (/day off/.test(message)) return { field, problem: { key: "dayOff" } };
    if (/closed on/.test(message)) return { field, problem: { key: "weeklyOff" } };
    if (/too soon/.test(message)) return { field, problem: { key: "dateTooSoon", values: { hours: hoursIn(message) } } };
    return { field, problem: { key: "dateInvalid" } };
  }
  if (field === "partySize") {
    const max = /at most (\d+) people/.exec(message);
    return max
      ? { field, problem: { key: "partySizeTooLarge", values: { count: Number(max[1]) } } }
      : { field, problem: { key: "partySizeInvalid" } };
  }
  return { field: null, problem: { key: "backend" } };
}

const hoursIn = (message: string) => Number(/close (\d+) hours/.exec(message)?.[1] ?? 0);

/** The backend's refusal of a time slot ("experience_slot: 08:00 on … is fully booked; …"). */
function slotProblem(message: string): BookingProblem {
  const left = placesLeftIn(message);
  if (left === 0) return { key: "slotFull" };
  if (left !== null) return { key: "slotPlacesLeft", values: { count: left } };
  if (/too soon/.test(message)) return { key: "slotTooSoon", values: { hours: hoursIn(message) } };
  if (/already started/.test(message)) return { key: "slotPast" };
  if (/no times/.test(message)) return { key: "noSlots" };
  if (/not a time/.test(message)) return { key: "slotUnknown" };
  return { key: "slotRequired" };
}
