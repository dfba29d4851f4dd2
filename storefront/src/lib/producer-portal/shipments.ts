import "server-only";
import { backendConfig } from "../medusa";
import { authHeaders } from "../session";

/** A parcel of an order on its way: the carrier the producer named and its tracking numbers. */
export interface ShipmentView {
  id: string;
  carrier: string | null;
  shippedAt: string | null;
  deliveredAt: string | null;
  tracking: Array<{ number: string; url: string | null }>;
}

type Row = Record<string, unknown>;

/** What the buyer may see of an order's fulfilments (canceled ones left out). Pure. */
export function toShipments(fulfillments: unknown): ShipmentView[] {
  if (!Array.isArray(fulfillments)) return [];
  return (fulfillments as Row[])
    .filter((f) => f && !f.canceled_at)
    .map((f) => ({
      id: String(f.id),
      carrier: typeof (f.metadata as Row | null)?.carrier === "string" ? ((f.metadata as Row).carrier as string) : null,
      shippedAt: (f.shipped_at as string | null) ?? null,
      deliveredAt: (f.delivered_at as string | null) ?? null,
      tracking: ((f.labels as Row[] | null) ?? [])
        .filter((l) => l && typeof l.tracking_number === "string" && l.tracking_number)
        .map((l) => ({ number: l.tracking_number as string, url: (l.tracking_url as string) || null })),
    }))
    .filter((s) => s.tracking.length > 0 || s.shippedAt);
}

/**
 * The shipments of an order, through the store API with the shopper's own login (a guest's
 * order by its id, as the order page itself loads it). Empty when they cannot be loaded: the
 * rest of the order page does not depend on them.
 */
export async function getShipments(orderId: string): Promise<ShipmentView[]> {
  try {
    const { baseUrl, publishableKey } = await backendConfig();
    const url = new URL(`/store/orders/${encodeURIComponent(orderId)}`, baseUrl);
    url.searchParams.set("fields", "id,*fulfillments,fulfillments.labels.tracking_number,fulfillments.labels.tracking_url");
    const response = await fetch(url, {
      headers: { ...(publishableKey ? { "x-publishable-api-key": publishableKey } : {}), ...(await authHeaders()) },
      cache: "no-store",
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) {
      if (response.status !== 404) console.error(`[storefront] loading the shipments of ${orderId}: HTTP ${response.status}`);
      return [];
    }
    const { order } = (await response.json()) as { order?: { fulfillments?: unknown } };
    return toShipments(order?.fulfillments);
  } catch (error) {
    console.error("[storefront] loading shipments failed:", error instanceof Error ? error.message : error);
    return [];
  }
}
