// A buyer's return of delivered goods: whether it may still be asked for, and what it gives back.
// Pure rules; the backend's returns module (backend/src/modules/returns) stores the requests.

import { DEFAULT_RETURN_WINDOW_DAYS } from "./ledger";

const DAY_MS = 86_400_000;

/** When the return window of goods delivered at `delivered_at` closes. */
export function returnWindowClosesAt(delivered_at: Date, days: number = DEFAULT_RETURN_WINDOW_DAYS): Date {
  return new Date(new Date(delivered_at).getTime() + days * DAY_MS);
}

export type ReturnableLine = {
  id: string;
  quantity: number;
  /** Quantity already asked back by returns not refused. */
  requested: number;
  total: number;
  delivered_at: Date | null;
  /** Experiences are booked, not delivered: they are not returned. */
  experience: boolean;
};

/**
 * Why `items` may not be returned now (a sentence a buyer can act on), or null when they may:
 * every line delivered, inside the window, and no more than what is left to return.
 */
export function returnProblem(
  lines: ReturnableLine[],
  items: Array<{ line_item_id: string; quantity: number }>,
  now: Date,
  days: number = DEFAULT_RETURN_WINDOW_DAYS
): string | null {
  if (!items.length) return "Choose at least one item to return.";
  const byId = new Map(lines.map((l) => [l.id, l]));
  const seen = new Set<string>();
  for (const item of items) {
    const line = byId.get(item.line_item_id);
    if (!line) return `Item ${item.line_item_id} is not in this order.`;
    if (seen.has(line.id)) return `Item ${line.id} is listed twice.`;
    seen.add(line.id);
    if (!Number.isInteger(item.quantity) || item.quantity < 1) return `The quantity of item ${line.id} must be a whole number of at least 1.`;
    if (line.experience) return "An experience booking cannot be returned; cancel it instead.";
    if (!line.delivered_at) return `Item ${line.id} has not been delivered yet: a return can be asked for once it is.`;
    const closes = returnWindowClosesAt(line.delivered_at, days);
    if (now.getTime() > closes.getTime()) {
      return `The return window closed on ${closes.toISOString().slice(0, 10)} (${days} days after delivery).`;
    }
    const left = line.quantity - line.requested;
    if (item.quantity > left) return `Only ${left} of item ${line.id} can still be returned.`;
  }
  return null;
}

/** What returning `quantity` of a line gives back, whole đồng: its share of the line's total. */
export function returnedAmount(line: { quantity: number; total: number }, quantity: number): number {
  if (line.quantity <= 0) return 0;
  return Math.round((line.total * Math.min(quantity, line.quantity)) / line.quantity);
}
