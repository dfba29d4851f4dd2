import { describe, expect, it } from "vitest";
import { certificatesToRenew, lowStock, ordersToFulfil, salesByDay, vietnamDay } from "./dashboard";
import type { PortalOrder, PortalProduct, PortalStockItem } from "./types";

const order = (id: string, created_at: string, items_total: number, remaining = 0, status = "pending", sales_total = items_total) =>
  ({ id, created_at, items_total, sales_total, status, items: [{ remaining_quantity: remaining }] }) as unknown as PortalOrder;

describe("salesByDay", () => {
  const now = new Date("2026-11-29T10:00:00Z");
  it("has one bucket per day in Vietnam's time, oldest first, and sums each day's orders", () => {
    const days = salesByDay(
      [order("a", "2026-11-29T01:00:00Z", 100_000), order("b", "2026-11-28T18:00:00Z", 50_000), order("c", "2026-11-28T16:00:00Z", 20_000)],
      now,
    );
    expect(days).toHaveLength(30);
    expect(days[0]!.day).toBe("2026-10-31");
    // 18:00 UTC on the 28th is already the 29th in Vietnam.
    expect(days[29]).toEqual({ day: "2026-11-29", total: 150_000, orders: 2 });
    expect(days[28]).toEqual({ day: "2026-11-28", total: 20_000, orders: 1 });
  });
  it("leaves out canceled orders and orders older than the window", () => {
    const days = salesByDay([order("a", "2026-11-29T01:00:00Z", 1, 0, "canceled"), order("b", "2026-09-01T01:00:00Z", 5)], now);
    expect(days.reduce((s, d) => s + d.total, 0)).toBe(0);
  });
  it("leaves out an unpaid booking (nothing counts in sales yet)", () => {
    const days = salesByDay([order("booking", "2026-11-29T01:00:00Z", 680_000, 0, "pending", 0), order("goods", "2026-11-29T02:00:00Z", 90_000)], now);
    expect(days[29]).toEqual({ day: "2026-11-29", total: 90_000, orders: 1 });
  });
  it("vietnamDay turns at 17:00 UTC", () => {
    expect(vietnamDay("2026-11-28T16:59:59Z")).toBe("2026-11-28");
    expect(vietnamDay("2026-11-28T17:00:00Z")).toBe("2026-11-29");
  });
});

describe("work lists", () => {
  it("orders to fulfil: only those with items left, oldest first", () => {
    const list = ordersToFulfil([order("new", "2026-11-29", 1, 1), order("done", "2026-11-01", 1, 0), order("old", "2026-11-02", 1, 2)]);
    expect(list.map((o) => o.id)).toEqual(["old", "new"]);
  });
  it("low stock: products on sale at or below 5, emptiest first", () => {
    const item = (variant_id: string, available_quantity: number, archived = false) => ({ variant_id, available_quantity, archived }) as PortalStockItem;
    expect(lowStock([item("a", 5), item("b", 0), item("c", 6), item("d", 0, true)]).map((i) => i.variant_id)).toEqual(["b", "a"]);
  });
  it("certificates to renew: expiring or expired, soonest first", () => {
    const product = (id: string, validity: string | null, days = 0) =>
      ({ id, ocop_certificate: validity ? { validity, days_until_expiry: days } : null }) as PortalProduct;
    const list = certificatesToRenew([product("a", "valid", 400), product("b", "expiring", 40), product("c", "expired", -3), product("d", null)]);
    expect(list.map((p) => p.id)).toEqual(["c", "b"]);
  });
});
