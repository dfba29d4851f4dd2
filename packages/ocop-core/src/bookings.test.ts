import { describe, expect, it } from "vitest";
import { bookingActions, bookingRefund, bookingStateOf, countsInSales, nextBookingState, paymentState } from "./bookings";

const day = { date: "2026-12-20", today: "2026-12-03" };
const onTheDay = { date: "2026-12-20", today: "2026-12-20" };

describe("nextBookingState", () => {
  it("confirms a requested booking, then marks it visited or no-show from its day on", () => {
    expect(nextBookingState("requested", "confirm", day)).toEqual({ state: "confirmed" });
    expect(nextBookingState("confirmed", "visited", onTheDay)).toEqual({ state: "visited" });
    expect(nextBookingState("confirmed", "no_show", { date: "2026-12-20", today: "2026-12-21" })).toEqual({ state: "no_show" });
  });

  it("refuses visited and no-show before the booked day, naming the day", () => {
    expect(nextBookingState("confirmed", "visited", day)).toEqual({ problem: "the visit is on 2026-12-20; mark it visited on or after that day" });
    expect(nextBookingState("requested", "no_show", day)).toEqual({ problem: "the visit is on 2026-12-20; mark it no-show on or after that day" });
  });

  it("cancels only with a reason, and never a closed booking", () => {
    expect(nextBookingState("confirmed", "cancel", { ...day, reason: "  " })).toEqual({ problem: "say why the booking is canceled: the guest is told the reason" });
    expect(nextBookingState("confirmed", "cancel", { ...day, reason: "Storm warning: boats stay in port" })).toEqual({ state: "canceled" });
    expect(nextBookingState("visited", "cancel", { ...onTheDay, reason: "x" })).toEqual({ problem: "a visited booking cannot be changed any more" });
    expect(nextBookingState("no_show", "visited", onTheDay)).toEqual({ problem: "a no-show booking cannot be changed any more" });
    expect(nextBookingState("confirmed", "confirm", day)).toEqual({ problem: "the booking is already confirmed" });
  });
});

describe("bookingActions", () => {
  it("offers what can be done today", () => {
    expect(bookingActions("requested", day)).toEqual(["confirm", "cancel"]);
    expect(bookingActions("confirmed", onTheDay)).toEqual(["visited", "no_show", "cancel"]);
    expect(bookingActions("canceled", onTheDay)).toEqual([]);
  });

  it("reads an untouched line as requested", () => {
    expect(bookingStateOf(undefined)).toBe("requested");
    expect(bookingStateOf("visited")).toBe("visited");
    expect(bookingStateOf("shipped")).toBe("requested");
  });
});

describe("paymentState", () => {
  it("is paid once the capture covers the amount due, refunded once it is all given back", () => {
    expect(paymentState([])).toBe("unpaid");
    expect(paymentState([{ amount: 600_000, captured_amount: 0 }])).toBe("unpaid");
    expect(paymentState([{ amount: "600000", captured_amount: "600000" }])).toBe("paid");
    expect(paymentState([{ amount: 600_000, captured_amount: 600_000, refunded_amount: 600_000 }])).toBe("refunded");
  });
});

describe("refunds and sales", () => {
  it("refunds a paid booking in full, charges nothing for an unpaid one", () => {
    expect(bookingRefund("paid", 460_000)).toEqual({ rule: "full_refund", amount: 460_000 });
    expect(bookingRefund("unpaid", 460_000)).toEqual({ rule: "nothing_charged", amount: 0 });
  });

  it("counts goods at once and bookings only once paid and not canceled", () => {
    expect(countsInSales({}, "unpaid")).toBe(true);
    expect(countsInSales({ booking_state: "requested" }, "unpaid")).toBe(false);
    expect(countsInSales({ booking_state: "confirmed" }, "paid")).toBe(true);
    expect(countsInSales({ booking_state: "canceled" }, "paid")).toBe(false);
  });
});
