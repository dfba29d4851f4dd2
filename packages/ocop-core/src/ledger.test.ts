import { describe, expect, it } from "vitest";
import { allocate, entriesToAppend, lineShares, orderEntries, payableAt, periodEnd, periodStart, shareOf, WITHHOLDING_RATES, withholdsTax, type OrderMoneyFacts, type RecordedEntry } from "./ledger";

describe("withholding rates (Decree 117/2025/NĐ-CP)", () => {
  it("keeps the decree's rates for goods, services and transport", () => {
    expect(WITHHOLDING_RATES).toEqual({
      goods: { vat: 0.01, pit: 0.005 },
      services: { vat: 0.05, pit: 0.02 },
      transport: { vat: 0.03, pit: 0.015 },
    });
  });
  it("withholds for household businesses only", () => {
    expect(withholdsTax("household")).toBe(true);
    for (const kind of ["company", "cooperative", "cooperative_group"] as const) expect(withholdsTax(kind)).toBe(false);
  });
});

describe("lineShares", () => {
  it("a household selling goods: 10% commission, 1% VAT and 0.5% PIT withheld, to the đồng", () => {
    expect(lineShares({ gross: 1_220_000, commission_rate: 0.1, seller_kind: "household", category: "goods" })).toEqual({
      gross: 1_220_000,
      commission: 122_000,
      vat: 12_200,
      pit: 6_100,
      net: 1_079_700,
    });
  });
  it("a household's experience is a service: 5% + 2%", () => {
    expect(lineShares({ gross: 600_000, commission_rate: 0.12, seller_kind: "household", category: "services" })).toEqual({
      gross: 600_000,
      commission: 72_000,
      vat: 30_000,
      pit: 12_000,
      net: 486_000,
    });
  });
  it("a company declares its own tax: nothing withheld", () => {
    expect(lineShares({ gross: 999_999, commission_rate: 0.12, seller_kind: "company", category: "goods" })).toEqual({
      gross: 999_999,
      commission: 120_000,
      vat: 0,
      pit: 0,
      net: 879_999,
    });
  });
  it("rounds each share half away from zero, also for reversals", () => {
    expect(shareOf(0.005, 333)).toBe(2);
    expect(shareOf(0.005, -333)).toBe(-2);
    expect(() => shareOf(-0.1, 100)).toThrow(RangeError);
  });
});

describe("allocate", () => {
  it("spreads a refund in proportion, in whole đồng adding up exactly", () => {
    // 86,956.59 and 13,043.48: the larger remainder gets the last đồng.
    expect(allocate(100_000, [999_999, 150_000])).toEqual([86_957, 13_043]);
    expect(allocate(10, [1, 1, 1])).toEqual([4, 3, 3]);
    const parts = allocate(123_457, [3, 5, 7, 11]);
    expect(parts.reduce((s, p) => s + p, 0)).toBe(123_457);
  });
  it("gives nothing to nothing", () => {
    expect(allocate(500, [])).toEqual([]);
    expect(allocate(500, [0, 0])).toEqual([0, 0]);
  });
});

describe("payableAt", () => {
  const delivered = new Date("2026-11-10T03:00:00.000Z");
  it("goods: delivered and paid, then the 7-day return window", () => {
    expect(payableAt({ paid: true, canceled: false, delivered_at: delivered })?.toISOString()).toBe("2026-11-17T03:00:00.000Z");
    expect(payableAt({ paid: true, canceled: false, delivered_at: delivered, return_window_days: 15 })?.toISOString()).toBe(
      "2026-11-25T03:00:00.000Z"
    );
  });
  it("never while unpaid, undelivered or canceled", () => {
    expect(payableAt({ paid: false, canceled: false, delivered_at: delivered })).toBeNull();
    expect(payableAt({ paid: true, canceled: false, delivered_at: null })).toBeNull();
    expect(payableAt({ paid: true, canceled: true, delivered_at: delivered })).toBeNull();
  });
  it("an experience: the day after its date (Vietnam time), no delivery needed", () => {
    expect(payableAt({ paid: true, canceled: false, delivered_at: null, experience_date: "2026-12-20" })?.toISOString()).toBe(
      "2026-12-20T17:00:00.000Z"
    );
  });
});

describe("orderEntries and entriesToAppend", () => {
  const placed = new Date("2026-11-01T02:00:00.000Z");
  const delivered = new Date("2026-11-05T02:00:00.000Z");
  const order = (over: Partial<OrderMoneyFacts> = {}): OrderMoneyFacts => ({
    id: "order_1",
    canceled: false,
    placed_at: placed,
    payments: [],
    refunds: [],
    paid: false,
    lines: [
      { id: "item_a", producer_id: "pdcr_h", seller_kind: "household", commission_rate: 0.1, category: "goods", total: 1_000_000, delivered_at: null },
      { id: "item_b", producer_id: "pdcr_c", seller_kind: "company", commission_rate: 0.12, category: "goods", total: 500_000, delivered_at: null },
    ],
    partner: { id: "ptnr_1", commission_rate: 0.05 },
    ...over,
  });
  const sum = (entries: Array<{ account_type: string; account_id: string; amount: number }>, type: string, id: string) =>
    entries.filter((e) => e.account_type === type && e.account_id === id).reduce((s, e) => s + e.amount, 0);

  it("a placed, unpaid order: every share pending (no availability), to the đồng", () => {
    const entries = orderEntries(order());
    expect(entries.every((e) => e.available_at === null)).toBe(true);
    expect(sum(entries, "producer", "pdcr_h")).toBe(1_000_000 - 100_000 - 10_000 - 5_000);
    expect(sum(entries, "producer", "pdcr_c")).toBe(500_000 - 60_000);
    expect(sum(entries, "tax", "withheld")).toBe(15_000);
    expect(sum(entries, "partner", "ptnr_1")).toBe(75_000);
    expect(sum(entries, "platform", "platform")).toBe(100_000 + 60_000 - 75_000);
  });

  it("delivered and paid: available after the return window; a partial refund is spread over the lines", () => {
    const lines = order().lines.map((l) => ({ ...l, delivered_at: delivered }));
    const entries = orderEntries(
      order({
        lines,
        paid: true,
        payments: [{ id: "pay_1", amount: 1_530_000, captured_at: delivered }],
        refunds: [{ id: "ref_1", amount: 150_000, created_at: delivered }],
      })
    );
    const sale = entries.find((e) => e.slot === "order_1:item_a:sale")!;
    expect(sale.amount).toBe(900_000);
    expect(sale.available_at?.toISOString()).toBe("2026-11-12T02:00:00.000Z");
    expect(entries.find((e) => e.slot === "order_1:item_b:sale")!.amount).toBe(450_000);
    expect(sum(entries, "cash", "collected")).toBe(1_380_000);
    expect(sum(entries, "partner", "ptnr_1")).toBe(67_500);
  });

  it("a return reverses its own line only; a refund beyond it is spread over what is left", () => {
    const lines = order().lines.map((l) => ({ ...l, delivered_at: delivered }));
    lines[0] = { ...lines[0]!, total: 600_000, returned: 400_000 };
    const returnedOnly = orderEntries(order({ lines, paid: true, payments: [{ id: "pay_1", amount: 1_530_000, captured_at: delivered }] }));
    // Before the buyer's money is back, the returned share is already gone from the producer.
    expect(returnedOnly.find((e) => e.slot === "order_1:item_a:sale")!.amount).toBe(600_000);
    expect(returnedOnly.find((e) => e.slot === "order_1:item_b:sale")!.amount).toBe(500_000);
    // The return's refund (400.000) and a further 110.000 refunded: 600.000 : 500.000 → 60.000 and 50.000.
    const refunds = [{ id: "ref_1", amount: 400_000, created_at: delivered }, { id: "ref_2", amount: 110_000, created_at: delivered }];
    const entries = orderEntries(order({ lines, paid: true, payments: [{ id: "pay_1", amount: 1_530_000, captured_at: delivered }], refunds }));
    expect(entries.find((e) => e.slot === "order_1:item_a:sale")!.amount).toBe(540_000);
    expect(entries.find((e) => e.slot === "order_1:item_b:sale")!.amount).toBe(450_000);
    // Household: 540.000 − 54.000 − 5.400 − 2.700; partner 5% of 990.000.
    expect(sum(entries, "producer", "pdcr_h")).toBe(477_900);
    expect(sum(entries, "partner", "ptnr_1")).toBe(49_500);
  });

  it("a canceled order owes nothing; the ledger reverses what it had recorded, once", () => {
    const now = new Date("2026-11-02T00:00:00.000Z");
    let recorded: RecordedEntry[] = []
    const record = (appended: ReturnType<typeof entriesToAppend>) =>
      appended.forEach((e, i) => recorded.push({ ...e, id: `e${recorded.length + i}` }));
    record(entriesToAppend(recorded, orderEntries(order()), now));
    expect(entriesToAppend(recorded, orderEntries(order()), now)).toEqual([]);
    const canceled = entriesToAppend(recorded, orderEntries(order({ canceled: true })), now);
    expect(canceled.every((e) => e.reverses_id)).toBe(true);
    record(canceled);
    for (const [type, id] of [["producer", "pdcr_h"], ["producer", "pdcr_c"], ["partner", "ptnr_1"], ["tax", "withheld"], ["platform", "platform"]]) {
      expect(sum(recorded, type!, id!)).toBe(0);
    }
    expect(entriesToAppend(recorded, orderEntries(order({ canceled: true })), now)).toEqual([]);
  });

  it("a delivery moves an entry from pending to available by a reversal and a new entry", () => {
    const now = new Date("2026-11-06T00:00:00.000Z");
    const recorded: RecordedEntry[] = entriesToAppend([], orderEntries(order()), now).map((e, i) => ({ ...e, id: `e${i}` }));
    const lines = order().lines.map((l) => ({ ...l, delivered_at: delivered }));
    const appended = entriesToAppend(recorded, orderEntries(order({ lines, paid: true })), now);
    const sale = appended.filter((e) => e.slot === "order_1:item_a:sale");
    expect(sale.map((e) => [e.amount, e.available_at?.toISOString() ?? null])).toEqual([
      [-1_000_000, null],
      [1_000_000, "2026-11-12T02:00:00.000Z"],
    ]);
  });
});

describe("orderEntries from JSON", () => {
  it("takes the facts as a workflow hands them on, instants as strings", () => {
    const facts = {
      id: "order_j",
      canceled: false,
      placed_at: "2026-11-01T02:00:00.000Z",
      payments: [{ id: "pay", amount: 100_000, captured_at: "2026-11-03T02:00:00.000Z" }],
      refunds: [],
      paid: true,
      lines: [{ id: "item", producer_id: "pdcr", seller_kind: "company", commission_rate: 0.1, category: "goods", total: 100_000, delivered_at: "2026-11-03T02:00:00.000Z" }],
      partner: null,
    } as unknown as OrderMoneyFacts;
    const sale = orderEntries(facts).find((e) => e.kind === "sale")!;
    expect(sale.available_at?.toISOString()).toBe("2026-11-10T02:00:00.000Z");
  });
});

describe("periodEnd", () => {
  it("a Vietnam month ends at midnight UTC+7 of the next month's first day", () => {
    expect(periodEnd("2026-11")?.toISOString()).toBe("2026-11-30T17:00:00.000Z");
    expect(periodEnd("2026-12")?.toISOString()).toBe("2026-12-31T17:00:00.000Z");
  });
  it("begins at midnight UTC+7 of its first day", () => {
    expect(periodStart("2026-11")?.toISOString()).toBe("2026-10-31T17:00:00.000Z");
    expect(periodStart("2027-01")?.toISOString()).toBe("2026-12-31T17:00:00.000Z");
  });
  it("is null for what is not a month", () => {
    for (const bad of ["2026-13", "2026-1", "", "2026-11-01", "x"]) {
      expect(periodEnd(bad)).toBeNull();
      expect(periodStart(bad)).toBeNull();
    }
  });
});
