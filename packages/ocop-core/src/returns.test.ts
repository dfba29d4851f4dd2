import { describe, expect, it } from "vitest";
import { returnedAmount, returnProblem, returnWindowClosesAt, type ReturnableLine } from "./returns";

const delivered = new Date("2026-11-10T03:00:00.000Z");
const line = (over: Partial<ReturnableLine> = {}): ReturnableLine => ({
  id: "item_1", quantity: 3, requested: 0, total: 600_000, delivered_at: delivered, experience: false, ...over,
});

describe("returns", () => {
  it("the window closes the given number of days after delivery", () => {
    expect(returnWindowClosesAt(delivered, 7).toISOString()).toBe("2026-11-17T03:00:00.000Z");
  });

  it("accepts delivered items inside the window", () => {
    expect(returnProblem([line()], [{ line_item_id: "item_1", quantity: 2 }], new Date("2026-11-17T02:59:59.000Z"), 7)).toBeNull();
  });

  it("refuses after the window, before delivery, experiences, unknown items and too many", () => {
    const after = new Date("2026-11-17T03:00:01.000Z");
    expect(returnProblem([line()], [{ line_item_id: "item_1", quantity: 1 }], after, 7)).toBe(
      "The return window closed on 2026-11-17 (7 days after delivery)."
    );
    const now = new Date("2026-11-11T00:00:00.000Z");
    expect(returnProblem([line({ delivered_at: null })], [{ line_item_id: "item_1", quantity: 1 }], now)).toMatch(/not been delivered/);
    expect(returnProblem([line({ experience: true })], [{ line_item_id: "item_1", quantity: 1 }], now)).toMatch(/experience/);
    expect(returnProblem([line()], [{ line_item_id: "item_9", quantity: 1 }], now)).toMatch(/not in this order/);
    expect(returnProblem([line({ requested: 2 })], [{ line_item_id: "item_1", quantity: 2 }], now)).toBe("Only 1 of item item_1 can still be returned.");
    expect(returnProblem([line()], [{ line_item_id: "item_1", quantity: 0 }], now)).toMatch(/at least 1/);
    expect(returnProblem([line()], [], now)).toMatch(/at least one/);
  });

  it("a returned quantity gives back its share of the line, to the đồng", () => {
    expect(returnedAmount({ quantity: 3, total: 100_000 }, 1)).toBe(33_333);
    expect(returnedAmount({ quantity: 3, total: 100_000 }, 3)).toBe(100_000);
  });
});
