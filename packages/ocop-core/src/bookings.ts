// How a producer serves an experience booking (OCOP group 6), and what the guest has paid.
// A booking is requested when the order is placed; the producer confirms it, then marks it
// visited or no-show on or after its date, or cancels it (with a reason) before the visit.

import { compareDates, type IsoDate } from "./dates";

export const BOOKING_STATES = ["requested", "confirmed", "visited", "no_show", "canceled"] as const;
export type BookingState = (typeof BOOKING_STATES)[number];

export const BOOKING_ACTIONS = ["confirm", "visited", "no_show", "cancel"] as const;
export type BookingAction = (typeof BOOKING_ACTIONS)[number];

/** What the buyer has paid for an order: captured in full, not (yet), or given back. */
export type PaymentState = "paid" | "unpaid" | "refunded";

export function isBookingState(value: unknown): value is BookingState {
  return typeof value === "string" && (BOOKING_STATES as readonly string[]).includes(value);
}

/** A line's stored state; a booking nobody has touched yet is requested. */
export function bookingStateOf(value: unknown): BookingState {
  return isBookingState(value) ? value : "requested";
}

const TARGET: Record<BookingAction, BookingState> = { confirm: "confirmed", visited: "visited", no_show: "no_show", cancel: "canceled" };
const FROM: Record<BookingAction, readonly BookingState[]> = {
  confirm: ["requested"],
  visited: ["requested", "confirmed"],
  no_show: ["requested", "confirmed"],
  cancel: ["requested", "confirmed"],
};

/**
 * The state an action leads to, or why it cannot be taken: visited and no-show only from the
 * booked day on (Vietnam's calendar day `today`), cancel only with a reason and before the day is
 * served, nothing after a booking is closed (visited, no-show, canceled).
 */
export function nextBookingState(
  state: BookingState,
  action: BookingAction,
  context: { date: IsoDate; today: IsoDate; reason?: string | null },
): { state: BookingState } | { problem: string } {
  if (!FROM[action].includes(state)) {
    return { problem: state === "confirmed" && action === "confirm" ? "the booking is already confirmed" : `a ${state.replace("_", "-")} booking cannot be changed any more` };
  }
  if ((action === "visited" || action === "no_show") && compareDates(context.today, context.date) < 0) {
    return { problem: `the visit is on ${context.date}; mark it ${action === "visited" ? "visited" : "no-show"} on or after that day` };
  }
  if (action === "cancel" && !context.reason?.trim()) {
    return { problem: "say why the booking is canceled: the guest is told the reason" };
  }
  return { state: TARGET[action] };
}

/** The actions a producer can take on a booking today. */
export function bookingActions(state: BookingState, context: { date: IsoDate; today: IsoDate }): BookingAction[] {
  return BOOKING_ACTIONS.filter((action) => "state" in nextBookingState(state, action, { ...context, reason: "-" }));
}

export type PaymentCollectionAmounts = {
  amount?: number | string | null;
  captured_amount?: number | string | null;
  refunded_amount?: number | string | null;
};

/** Paid once the collections' captured amount covers what is due; refunded once it is all given back. */
export function paymentState(collections: readonly PaymentCollectionAmounts[]): PaymentState {
  const sum = (key: keyof PaymentCollectionAmounts) => collections.reduce((s, c) => s + Number(c[key] ?? 0), 0);
  const due = sum("amount");
  const captured = sum("captured_amount");
  const refunded = sum("refunded_amount");
  if (captured > 0 && refunded >= captured) return "refunded";
  if (due > 0 && captured >= due) return "paid";
  return "unpaid";
}

/**
 * The refund rule when the producer cancels a booking: the guest gets back all of what the
 * booking cost when it was paid; an unpaid booking is simply released and nothing is charged.
 */
export function bookingRefund(payment: PaymentState, amount: number): { rule: "full_refund" | "nothing_charged"; amount: number } {
  return payment === "paid" ? { rule: "full_refund", amount } : { rule: "nothing_charged", amount: 0 };
}

/** Whether a line counts in a producer's sales: goods once ordered, bookings once paid and not canceled. */
export function countsInSales(line: { booking_state?: BookingState | null }, payment: PaymentState): boolean {
  if (!line.booking_state) return true;
  return payment === "paid" && line.booking_state !== "canceled";
}
