import { describe, expect, it } from "vitest";
import { combineSummaries, isRating, ratingSummary, REVIEW_REFUSALS, reviewableLines, reviewEligibility } from "./reviews";

const NOW = new Date("2026-12-03T12:00:00Z");
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

describe("reviewEligibility", () => {
  it("refuses a customer who never bought the product", () => {
    expect(reviewEligibility([], [], NOW)).toEqual({ ok: false, reason: "not_purchased", message: REVIEW_REFUSALS.not_purchased });
  });

  it("refuses a line not delivered yet", () => {
    expect(reviewEligibility([{ line_item_id: "a", order_id: "o", delivered_at: null }], [], NOW)).toMatchObject({ ok: false, reason: "not_delivered" });
  });

  it("allows a delivered line once, the most recent delivery first", () => {
    const lines = [
      { line_item_id: "old", order_id: "o1", delivered_at: daysAgo(30) },
      { line_item_id: "new", order_id: "o2", delivered_at: daysAgo(2) },
    ];
    expect(reviewEligibility(lines, [], NOW)).toMatchObject({ ok: true, line_item_id: "new", order_id: "o2" });
    expect(reviewEligibility(lines, ["new"], NOW)).toMatchObject({ ok: true, line_item_id: "old" });
    expect(reviewEligibility(lines, ["new", "old"], NOW)).toMatchObject({ ok: false, reason: "already_reviewed" });
  });

  it("says an undelivered order is what is missing when every delivered line is reviewed", () => {
    const lines = [
      { line_item_id: "a", order_id: "o1", delivered_at: daysAgo(3) },
      { line_item_id: "b", order_id: "o2", delivered_at: null },
    ];
    expect(reviewEligibility(lines, ["a"], NOW)).toMatchObject({ ok: false, reason: "not_delivered" });
  });

  it("closes 90 days after delivery", () => {
    expect(reviewEligibility([{ line_item_id: "a", order_id: "o", delivered_at: daysAgo(90) }], [], NOW)).toMatchObject({ ok: true });
    expect(reviewEligibility([{ line_item_id: "a", order_id: "o", delivered_at: daysAgo(91) }], [], NOW)).toMatchObject({
      ok: false,
      reason: "window_closed",
    });
  });
});

describe("reviewableLines", () => {
  it("offers delivered, unreviewed lines of the last 90 days, newest delivery first", () => {
    const lines = [
      { line_item_id: "a", order_id: "o1", product_id: "p1", delivered_at: daysAgo(10) },
      { line_item_id: "b", order_id: "o1", product_id: "p2", delivered_at: daysAgo(1) },
      { line_item_id: "c", order_id: "o2", product_id: "p1", delivered_at: null },
      { line_item_id: "d", order_id: "o3", product_id: "p3", delivered_at: daysAgo(100) },
      { line_item_id: "e", order_id: "o3", product_id: "p4", delivered_at: daysAgo(5) },
    ];
    expect(reviewableLines(lines, ["e"], NOW).map((l) => l.line_item_id)).toEqual(["b", "a"]);
  });
});

describe("ratingSummary", () => {
  it("counts, averages to one decimal and distributes", () => {
    expect(ratingSummary([5, 4, 4, 1])).toEqual({ count: 4, average: 3.5, distribution: { "1": 1, "2": 0, "3": 0, "4": 2, "5": 1 } });
    expect(ratingSummary([5, 5, 4])).toMatchObject({ average: 4.7 });
  });

  it("has no average without reviews and ignores anything that is not 1–5 stars", () => {
    expect(ratingSummary([])).toEqual({ count: 0, average: null, distribution: { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 } });
    expect(ratingSummary([0, 6, 2.5, 3])).toMatchObject({ count: 1, average: 3 });
  });

  it("combines products' summaries weighted by their counts", () => {
    expect(combineSummaries([ratingSummary([5, 5, 5]), ratingSummary([1])])).toMatchObject({ count: 4, average: 4 });
  });

  it("tells a rating", () => {
    expect([0, 1, 5, 6, 4.5, "5"].map(isRating)).toEqual([false, true, true, false, false, false]);
  });
});
