// Buyers' reviews (issue #18): who may review which order line, and a product's summary.
// Pure rules; the backend's reviews workflows feed them what the database says.

export const REVIEW_WINDOW_DAYS = 90;
export const REVIEW_MAX_CHARS = 2000;
export const REVIEW_MAX_IMAGES = 5;

const DAY_MS = 86_400_000;

/** One order line of the product the customer bought, with when it was delivered (null: not yet). */
export type PurchasedLine = { line_item_id: string; order_id: string; delivered_at: Date | null };

export type ReviewRefusal = "not_purchased" | "not_delivered" | "already_reviewed" | "window_closed";

export type ReviewEligibility =
  | { ok: true; line_item_id: string; order_id: string; delivered_at: Date }
  | { ok: false; reason: ReviewRefusal; message: string };

export const REVIEW_REFUSALS: Record<ReviewRefusal, string> = {
  not_purchased: "Only buyers can review a product: none of your orders contains it.",
  not_delivered: "You can review this product once your order of it has been delivered.",
  already_reviewed: "You have already reviewed every delivered order of this product.",
  window_closed: `Reviews are open for ${REVIEW_WINDOW_DAYS} days after delivery; this delivery is older.`,
};

/**
 * The line a new review belongs to: a delivered line of the product, not reviewed yet, delivered
 * at most 90 days ago (the most recent such delivery first). Otherwise the reason that comes closest
 * to allowing it, so the customer learns what is missing.
 */
export function reviewEligibility(lines: PurchasedLine[], reviewedLineIds: Iterable<string>, now: Date): ReviewEligibility {
  const refuse = (reason: ReviewRefusal): ReviewEligibility => ({ ok: false, reason, message: REVIEW_REFUSALS[reason] });
  if (!lines.length) return refuse("not_purchased");
  const delivered = lines.filter((l): l is PurchasedLine & { delivered_at: Date } => !!l.delivered_at);
  if (!delivered.length) return refuse("not_delivered");
  const reviewed = new Set(reviewedLineIds);
  const open = delivered.filter((l) => !reviewed.has(l.line_item_id));
  if (!open.length) return lines.length > delivered.length ? refuse("not_delivered") : refuse("already_reviewed");
  const inWindow = open
    .filter((l) => now.getTime() - l.delivered_at.getTime() <= REVIEW_WINDOW_DAYS * DAY_MS)
    .sort((a, b) => b.delivered_at.getTime() - a.delivered_at.getTime());
  const line = inWindow[0];
  if (!line) return refuse("window_closed");
  return { ok: true, line_item_id: line.line_item_id, order_id: line.order_id, delivered_at: line.delivered_at };
}

/** A delivered line with its product, for listing what a customer may still review. */
export type DeliveredLine = PurchasedLine & { product_id: string };

/**
 * The lines a customer may review now: delivered at most 90 days ago and not reviewed yet, newest
 * delivery first. (What the order page offers; reviewEligibility decides each write.)
 */
export function reviewableLines<T extends DeliveredLine>(lines: T[], reviewedLineIds: Iterable<string>, now: Date): T[] {
  const reviewed = new Set(reviewedLineIds);
  return lines
    .filter((l) => l.delivered_at && !reviewed.has(l.line_item_id) && now.getTime() - l.delivered_at.getTime() <= REVIEW_WINDOW_DAYS * DAY_MS)
    .sort((a, b) => b.delivered_at!.getTime() - a.delivered_at!.getTime());
}

export type RatingDistribution = Record<"1" | "2" | "3" | "4" | "5", number>;
export type RatingSummary = { count: number; average: number | null; distribution: RatingDistribution };

/** Whether a rating is a whole number of stars from 1 to 5. */
export function isRating(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** Count, average (one decimal; null without reviews) and how many of each star of the given ratings. */
export function ratingSummary(ratings: number[]): RatingSummary {
  const distribution: RatingDistribution = { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 };
  let sum = 0;
  let count = 0;
  for (const r of ratings) {
    if (!isRating(r)) continue;
    distribution[String(r) as keyof RatingDistribution] += 1;
    sum += r;
    count += 1;
  }
  return { count, average: count ? Math.round((sum / count) * 10) / 10 : null, distribution };
}

/** The summary of several products' summaries (a producer's products): weighted by their counts. */
export function combineSummaries(summaries: RatingSummary[]): RatingSummary {
  const distribution: RatingDistribution = { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 };
  for (const s of summaries) for (const k of Object.keys(distribution) as Array<keyof RatingDistribution>) distribution[k] += s.distribution[k];
  const ratings = (Object.keys(distribution) as Array<keyof RatingDistribution>).flatMap((k) => Array(distribution[k]).fill(Number(k)));
  return ratingSummary(ratings);
}
