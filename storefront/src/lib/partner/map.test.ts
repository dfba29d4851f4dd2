import { describe, expect, it } from "vitest";
import { layoutBars, niceMax } from "./chart";
import {
  monthsBetween,
  normalizeRefCode,
  rateFraction,
  toPartnerOrderPage,
  toPartnerShelf,
  toPartnerStats,
  toPartnerView,
  toPublicShelf,
  vnMonth,
  withRef,
} from "./map";
import type { PartnerOrdersAnswer, PartnerShelfWire, PartnerStatsAnswer, PartnerWire, PublicShelfAnswer } from "../wire-types";

// Partial answers (the mappers read a few of their fields), or malformed ones.
const partnerAnswer = (body: unknown) => body as PartnerWire;
const ordersAnswer = (body: unknown) => body as PartnerOrdersAnswer;
const shelfAnswer = (body: unknown) => body as PartnerShelfWire;
const publicShelfAnswer = (body: unknown) => body as PublicShelfAnswer;

describe("partner wire mapping", () => {
  it("reads a partner, with the rate as a fraction either way", () => {
    const p = toPartnerView(partnerAnswer({ id: "ptn_1", display_name: "Vịnh Xanh", kind: "cruise", status: "active", referral_code: "HALONGBAY", commission_rate: 8 }));
    expect(p).toMatchObject({ displayName: "Vịnh Xanh", kind: "cruise", status: "active", referralCode: "HALONGBAY", commissionRate: 0.08 });
    expect(rateFraction(0.05)).toBe(0.05);
    expect(toPartnerView(partnerAnswer({ id: "ptn_2", kind: "spaceship", status: "odd" }))).toMatchObject({ kind: "other", status: "pending" });
    expect(toPartnerView(partnerAnswer({}))).toBeNull();
  });

  it("fills the months the backend left out and keeps its totals", () => {
    const november = { clicks: 4, orders: 1, revenue: 500000, commission: 40000, commission_earned: 0, commission_pending: 40000 };
    const stats = toPartnerStats(
      { currency_code: "vnd", months: [{ month: "2026-11", ...november }], totals: november } satisfies PartnerStatsAnswer,
      "2026-09",
      "2026-11",
    );
    expect(stats.months.map((m) => [m.month, m.clicks])).toEqual([["2026-09", 0], ["2026-10", 0], ["2026-11", 4]]);
    expect(stats.totals.commission).toBe(40000);
  });

  it("counts months across a new year in Việt Nam's time", () => {
    expect(monthsBetween("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    // 31 Dec 2025 20:00 UTC is already January in Hà Nội.
    expect(vnMonth(new Date("2025-12-31T20:00:00Z"))).toBe("2026-01");
    expect(vnMonth(new Date("2026-01-15T00:00:00Z"), 2)).toBe("2025-11");
    expect(monthsBetween("bad", "2026-01")).toEqual([]);
  });

  it("reads orders with their commission status", () => {
    const page = toPartnerOrderPage(
      ordersAnswer({ orders: [{ id: "order_1", display_id: 7, total: 320000, currency_code: "vnd", commission: 25600, commission_status: "earned" }, { nope: 1 }], count: 9 }),
    );
    expect(page.count).toBe(9);
    expect(page.orders).toHaveLength(1);
    expect(page.orders[0]).toMatchObject({ displayId: 7, commissionStatus: "earned", total: { amount: 320000, currencyCode: "vnd" } });
  });

  it("reads a partner's shelf in the partner's product order, deleted products included", () => {
    const shelf = toPartnerShelf(
      shelfAnswer({
        id: "shelf_1",
        title: { vi: "Quà", en: "Gifts" },
        note: "Ghi chú",
        // p2 was deleted: still on the shelf's list, no longer described.
        product_ids: ["p2", "p1"],
        products: [{ id: "p1", title: "Trà", status: "draft" }],
        links: { page: "http://s/vi/shelves/shelf_1?ref=A", embed: "http://s/embed/shelves/shelf_1?ref=A", products: [] },
      }),
    );
    expect(shelf).toMatchObject({ title: { vi: "Quà", en: "Gifts" }, note: { vi: "Ghi chú", en: "Ghi chú" }, productIds: ["p2", "p1"] });
    expect(shelf?.products).toEqual({ p1: { title: "Trà", handle: null, published: false } });
    const twice = {
      id: "s",
      title: { vi: "Kệ", en: null },
      note: { vi: null, en: null },
      product_ids: ["a", "b", "a"],
      products: [],
      links: { page: "http://s/vi/shelves/s", embed: "http://s/embed/shelves/s", products: [] },
    } satisfies PartnerShelfWire;
    expect(toPartnerShelf(twice).productIds).toEqual(["a", "b"]);
  });

  it("reads a public shelf in the shopper's language; without a referral code it is not shown", () => {
    const body = {
      shelf: {
        id: "shelf_1",
        locale: "en",
        title: "Quà từ Vịnh Hạ Long",
        note: "",
        partner: { display_name: "Du thuyền", referral_code: "HALONGBAY" },
        products: [{ id: "prod_1", handle: "tra", title: "Trà", price: { amount: 120000, currency_code: "vnd" }, ocop: { stars: 4 } }],
      },
    };
    const shelf = toPublicShelf(publicShelfAnswer(body), "en");
    expect(shelf).toMatchObject({ title: "Quà từ Vịnh Hạ Long", note: null, partnerName: "Du thuyền", referralCode: "HALONGBAY" });
    expect(shelf?.products[0]).toMatchObject({ handle: "tra", ocop: { stars: 4 } });
    expect(toPublicShelf(publicShelfAnswer({ shelf: { ...body.shelf, partner: { display_name: "Du thuyền", referral_code: null } } }), "vi")).toBeNull();
  });

  it("accepts only plausible referral codes and adds them to links", () => {
    expect(normalizeRefCode(" HALONGBAY ")).toBe("HALONGBAY");
    expect(normalizeRefCode("<script>")).toBeNull();
    expect(normalizeRefCode("")).toBeNull();
    expect(withRef("/vi/products/tra?x=1", "HALONGBAY")).toBe("/vi/products/tra?x=1&ref=HALONGBAY");
    expect(withRef("https://shop.vn/en/products/tra?ref=OLD", "NEW")).toBe("https://shop.vn/en/products/tra?ref=NEW");
  });
});

describe("bar chart layout", () => {
  it("rounds the scale up and keeps bars inside the plot", () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(730000)).toBe(1000000);
    expect(niceMax(120)).toBe(200);
    const chart = layoutBars(
      [
        { month: "2026-10", clicks: 3, orders: 0, revenue: 0, commission: 0 },
        { month: "2026-11", clicks: 12, orders: 2, revenue: 0, commission: 0 },
      ],
      ["clicks", "orders"],
      400,
      160,
    );
    expect(chart.max).toBe(20);
    const tallest = chart.groups[1]!.bars[0]!;
    expect(tallest.y).toBeGreaterThanOrEqual(0);
    expect(tallest.y + tallest.height).toBeCloseTo(chart.baseline);
    expect(chart.groups[0]!.bars[1]!.height).toBe(0);
    expect(chart.groups[1]!.labelX).toBe(300);
  });
});
