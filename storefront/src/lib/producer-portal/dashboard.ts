// The dashboard's figures from the producer's own orders, stock and products. Pure.

import type { PortalOrder, PortalProduct, PortalStockItem } from "./types";

export const LOW_STOCK = 5;
const DAY = 24 * 3600_000;

/** The calendar day in Vietnam (UTC+7) of an instant, YYYY-MM-DD. */
export function vietnamDay(instant: Date | string): string {
  return new Date(new Date(instant).getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Sales (what counts: goods once ordered, bookings once paid; canceled orders left out) per day for the `days` days up to today, oldest first. */
export function salesByDay(orders: PortalOrder[], now: Date, days = 30): Array<{ day: string; total: number; orders: number }> {
  const buckets = new Map<string, { total: number; orders: number }>();
  for (let i = days - 1; i >= 0; i--) buckets.set(vietnamDay(new Date(now.getTime() - i * DAY)), { total: 0, orders: 0 });
  for (const order of orders) {
    if (order.status === "canceled" || order.sales_total <= 0) continue;
    const bucket = buckets.get(vietnamDay(order.created_at));
    if (!bucket) continue;
    bucket.total += order.sales_total;
    bucket.orders += 1;
  }
  return [...buckets].map(([day, b]) => ({ day, ...b }));
}

/** Orders with goods of the producer still to ship, oldest first (first in, first out); bookings have none. */
export function ordersToFulfil(orders: PortalOrder[]): PortalOrder[] {
  return orders
    .filter((o) => o.status !== "canceled" && o.items.some((i) => i.remaining_quantity > 0))
    .sort((a, b) => a.created_at.localeCompare(b.created_at));
}

/** Variants of products on sale with at most LOW_STOCK available, emptiest first. */
export function lowStock(items: PortalStockItem[]): PortalStockItem[] {
  return items
    .filter((i) => !i.archived && i.available_quantity <= LOW_STOCK)
    .sort((a, b) => a.available_quantity - b.available_quantity);
}

/** Products whose certificate is expiring or expired, soonest first. */
export function certificatesToRenew(products: PortalProduct[]): PortalProduct[] {
  return products
    .filter((p) => p.ocop_certificate && ["expiring", "expired"].includes(p.ocop_certificate.validity))
    .sort((a, b) => a.ocop_certificate!.days_until_expiry - b.ocop_certificate!.days_until_expiry);
}
