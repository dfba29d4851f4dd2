// The money of an order as the marketplace owes it: who gets what of each line, what tax the
// platform withholds, and when an amount may be paid out. Pure rules; the backend's ledger module
// (backend/src/modules/ledger) stores what these compute, append-only.
import { MONTH, monthStart, nextMonth } from "./months";

/**
 * Tax an e-commerce platform with a payment function withholds, on revenue, for the household
 * businesses and individuals selling through it (Decree 117/2025/NĐ-CP, in force 1 July 2025; the
 * rates as commonly cited for the decree: goods 1% VAT + 0.5% PIT, services 5% + 2%, transport and
 * services tied to goods 3% + 1.5%). Organisations (companies, cooperatives) declare their own.
 * The one table of these rates: change them here only.
 */
export const WITHHOLDING_RATES = {
  goods: { vat: 0.01, pit: 0.005 },
  services: { vat: 0.05, pit: 0.02 },
  transport: { vat: 0.03, pit: 0.015 },
} as const;

export type RevenueCategory = keyof typeof WITHHOLDING_RATES;

/** Producer kinds as the producer module stores them. */
export type SellerKind = "company" | "cooperative" | "cooperative_group" | "household";

/**
 * Whether the platform withholds the seller's tax: household businesses only. A cooperative group
 * (tổ hợp tác) has no legal personality, but it contracts and declares as a group, so it is
 * treated as an organisation here.
 */
export function withholdsTax(kind: SellerKind): boolean {
  return kind === "household";
}

/** Whole đồng of `rate` × `amount`, half away from zero. */
export function shareOf(rate: number, amount: number): number {
  if (!Number.isFinite(rate) || rate < 0) throw new RangeError(`rate must be a non-negative number; got ${rate}`);
  return Math.sign(amount) * Math.round(Math.abs(amount) * rate);
}

export type LineShares = {
  /** What the buyer paid for the line, net of refunds allocated to it. */
  gross: number;
  /** The platform's commission at the producer's rate. */
  commission: number;
  /** VAT and personal income tax withheld (0 for organisations). */
  vat: number;
  pit: number;
  /** What the producer is owed: gross − commission − vat − pit. */
  net: number;
};

/** Splits one line's revenue between the producer, the platform and the tax withheld. */
export function lineShares(input: {
  gross: number;
  commission_rate: number;
  seller_kind: SellerKind;
  category: RevenueCategory;
}): LineShares {
  const gross = Math.round(input.gross);
  const commission = shareOf(input.commission_rate, gross);
  const rates = withholdsTax(input.seller_kind) ? WITHHOLDING_RATES[input.category] : { vat: 0, pit: 0 };
  const vat = shareOf(rates.vat, gross);
  const pit = shareOf(rates.pit, gross);
  return { gross, commission, vat, pit, net: gross - commission - vat - pit };
}

/**
 * Spreads `total` over `weights` in proportion, in whole đồng that add up exactly to `total`
 * (largest remainder: the first of equal remainders gets the extra đồng). A refund of part of an
 * order is spread over its lines so.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + Math.max(0, w), 0);
  if (weights.length === 0) return [];
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (Math.max(0, w) * total) / sum);
  const parts = exact.map((x) => Math.floor(x));
  let left = Math.round(total - parts.reduce((s, p) => s + p, 0));
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0 && k < order.length; k++, left--) parts[order[k]!.i]! += 1;
  return parts;
}

/** Days after delivery during which a buyer may ask for a return; money is held until then. */
export const DEFAULT_RETURN_WINDOW_DAYS = 7;

const DAY_MS = 86_400_000;

/**
 * When a line's money may be paid out, or null while it may not be known yet: the line must be
 * delivered (an experience: its date passed) and the order paid; then the return window must close.
 * Goods: delivery + window. Experiences have no return: the day after the visit.
 */
export function payableAt(input: {
  paid: boolean;
  canceled: boolean;
  delivered_at: Date | null;
  experience_date?: string | null;
  return_window_days?: number;
}): Date | null {
  if (input.canceled || !input.paid) return null;
  if (input.experience_date) {
    const day = new Date(`${input.experience_date}T00:00:00.000+07:00`);
    return Number.isNaN(day.getTime()) ? null : new Date(day.getTime() + DAY_MS);
  }
  if (!input.delivered_at) return null;
  const days = input.return_window_days ?? DEFAULT_RETURN_WINDOW_DAYS;
  return new Date(input.delivered_at.getTime() + days * DAY_MS);
}

// ---------------------------------------------------------------------------------------------
// One order's entries, and what to append so that the ledger says what the order's state says.

export type LedgerAccount = "producer" | "partner" | "platform" | "tax" | "cash";
export type LedgerKind = "sale" | "commission" | "tax_vat" | "tax_pit" | "partner_commission" | "payment" | "refund" | "payout";

export type PlannedEntry = {
  slot: string;
  account_type: LedgerAccount;
  account_id: string;
  kind: LedgerKind;
  order_id: string;
  line_item_id: string | null;
  amount: number;
  available_at: Date | null;
  occurred_at: Date;
};

export type OrderMoneyFacts = {
  id: string;
  canceled: boolean;
  placed_at: Date;
  /** Every payment captured (COD collected, VietQR received, card captured). */
  payments: Array<{ id: string; amount: number; captured_at: Date }>;
  refunds: Array<{ id: string; amount: number; created_at: Date }>;
  /** The order is paid: what was captured covers its total. */
  paid: boolean;
  lines: Array<{
    id: string;
    producer_id: string;
    seller_kind: SellerKind;
    commission_rate: number;
    category: RevenueCategory;
    total: number;
    /**
     * What accepted returns took back of the line, whole đồng. Medusa already leaves it out of
     * `total`; it tells which part of the refunds the returns account for.
     */
    returned?: number;
    delivered_at: Date | null;
    experience_date?: string | null;
  }>;
  partner: { id: string; commission_rate: number } | null;
  return_window_days?: number;
};

/** The entries an order's state calls for, as amounts per slot (zero amounts left out). */
export function orderEntries(facts: OrderMoneyFacts): PlannedEntry[] {
  const order = withDates(facts);
  const entries: PlannedEntry[] = [];
  const add = (e: Omit<PlannedEntry, "order_id" | "occurred_at"> & { occurred_at?: Date }) => {
    if (e.amount !== 0) entries.push({ order_id: order.id, occurred_at: order.placed_at, ...e });
  };
  for (const p of order.payments) {
    add({ slot: `${order.id}:payment:${p.id}`, account_type: "cash", account_id: "collected", kind: "payment", line_item_id: null, amount: Math.round(p.amount), available_at: p.captured_at, occurred_at: p.captured_at });
  }
  for (const r of order.refunds) {
    add({ slot: `${order.id}:refund:${r.id}`, account_type: "cash", account_id: "collected", kind: "refund", line_item_id: null, amount: -Math.round(r.amount), available_at: r.created_at, occurred_at: r.created_at });
  }
  if (order.canceled) return entries;

  // A return reverses its own lines; what is refunded beyond the returns (a partial refund) is
  // spread over what is left of every line.
  const kept = order.lines.map((l) => l.total);
  const returned = order.lines.reduce((s, l) => s + Math.max(0, l.returned ?? 0), 0);
  const keptTotal = kept.reduce((s, k) => s + k, 0);
  const refunded = Math.min(keptTotal, Math.max(0, order.refunds.reduce((s, r) => s + r.amount, 0) - returned));
  const refundOf = allocate(refunded, kept);
  const availability: Array<Date | null> = [];
  let grossOfLines = 0;
  order.lines.forEach((line, i) => {
    const shares = lineShares({ gross: kept[i]! - refundOf[i]!, commission_rate: line.commission_rate, seller_kind: line.seller_kind, category: line.category });
    const available_at = payableAt({ paid: order.paid, canceled: false, delivered_at: line.delivered_at, experience_date: line.experience_date, return_window_days: order.return_window_days });
    availability.push(available_at);
    grossOfLines += shares.gross;
    const slot = `${order.id}:${line.id}`;
    const producer = { account_type: "producer" as const, account_id: line.producer_id, line_item_id: line.id, available_at };
    add({ ...producer, slot: `${slot}:sale`, kind: "sale", amount: shares.gross });
    add({ ...producer, slot: `${slot}:commission`, kind: "commission", amount: -shares.commission });
    add({ ...producer, slot: `${slot}:tax_vat`, kind: "tax_vat", amount: -shares.vat });
    add({ ...producer, slot: `${slot}:tax_pit`, kind: "tax_pit", amount: -shares.pit });
    add({ slot: `${slot}:platform_commission`, account_type: "platform", account_id: "platform", kind: "commission", line_item_id: line.id, amount: shares.commission, available_at });
    add({ slot: `${slot}:withheld`, account_type: "tax", account_id: "withheld", kind: "tax_vat", line_item_id: line.id, amount: shares.vat + shares.pit, available_at });
  });
  if (order.partner && order.lines.length > 0) {
    const commission = shareOf(order.partner.commission_rate, grossOfLines);
    // A partner's commission is earned on the whole order: available once every line is.
    const available_at = availability.every((d) => d) ? new Date(Math.max(...availability.map((d) => d!.getTime()))) : null;
    add({ slot: `${order.id}:partner`, account_type: "partner", account_id: order.partner.id, kind: "partner_commission", line_item_id: null, amount: commission, available_at });
    add({ slot: `${order.id}:partner_cost`, account_type: "platform", account_id: "platform", kind: "partner_commission", line_item_id: null, amount: -commission, available_at });
  }
  return entries;
}

/** The facts with their instants as Dates (a workflow hands them from step to step as JSON). */
function withDates(facts: OrderMoneyFacts): OrderMoneyFacts {
  const at = (d: Date | string) => new Date(d);
  return {
    ...facts,
    placed_at: at(facts.placed_at),
    payments: facts.payments.map((p) => ({ ...p, captured_at: at(p.captured_at) })),
    refunds: facts.refunds.map((r) => ({ ...r, created_at: at(r.created_at) })),
    lines: facts.lines.map((l) => ({ ...l, delivered_at: l.delivered_at ? at(l.delivered_at) : null })),
  };
}

export type RecordedEntry = Omit<PlannedEntry, "occurred_at"> & { id: string; reverses_id: string | null };
export type AppendedEntry = PlannedEntry & { reverses_id: string | null };

/**
 * What to append so that each slot holds what `planned` says: where a slot's live entry (its last
 * one, neither a reversal nor reversed) differs in amount or availability, a reversal of it, then
 * the new entry. A ledger that already agrees gets nothing: running this twice appends nothing twice.
 */
export function entriesToAppend(recorded: RecordedEntry[], planned: PlannedEntry[], now: Date): AppendedEntry[] {
  const reversed = new Set(recorded.map((e) => e.reverses_id).filter((id): id is string => !!id));
  const live = new Map<string, RecordedEntry>();
  for (const e of recorded) if (!e.reverses_id && !reversed.has(e.id)) live.set(e.slot, e);
  const wanted = new Map(planned.map((p) => [p.slot, p]));
  const same = (a: Date | null, b: Date | null) => (a ? new Date(a).getTime() : null) === (b ? new Date(b).getTime() : null);
  const out: AppendedEntry[] = [];
  for (const slot of new Set([...live.keys(), ...wanted.keys()])) {
    const current = live.get(slot);
    const next = wanted.get(slot);
    if (current && next && Math.round(Number(current.amount)) === next.amount && same(current.available_at, next.available_at)) continue;
    if (current) {
      const { id, reverses_id: _, ...fields } = current;
      out.push({ ...fields, amount: -Math.round(Number(current.amount)), occurred_at: now, reverses_id: id });
    }
    if (next) out.push({ ...next, reverses_id: null });
  }
  return out;
}

/** The instant a payout period ("2026-11", a Vietnam calendar month) begins; null when it is not one. */
export function periodStart(period: string): Date | null {
  return MONTH.test(period) ? monthStart(period) : null;
}

/** The instant a payout period ("2026-11", a Vietnam calendar month) ends; null when it is not one. */
export function periodEnd(period: string): Date | null {
  return MONTH.test(period) ? monthStart(nextMonth(period)) : null;
}
