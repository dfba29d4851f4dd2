import "server-only";
import { getAuthSdk, httpStatus } from "./medusa";
import type { OrderLookupAnswer } from "./wire-types";

export type LookupResult = { ok: true; orderId: string; token: string } | { ok: false; reason: "notFound" | "tooMany" | "invalid" | "backend" };

/**
 * A guest's order by its number and e-mail (backend: POST /store/order-lookup), answered with the
 * order's access token. The shopper's address goes along: failures are limited like logins.
 */
export async function lookUpOrder(displayId: number, email: string): Promise<LookupResult> {
  try {
    const sdk = await getAuthSdk();
    const body = await sdk.client.fetch<OrderLookupAnswer>("/store/order-lookup", {
      method: "POST",
      body: { display_id: displayId, email },
    });
    return { ok: true, orderId: body.order_id, token: body.access_token };
  } catch (error) {
    const status = httpStatus(error);
    if (status === 404) return { ok: false, reason: "notFound" };
    if (status === 429) return { ok: false, reason: "tooMany" };
    if (status === 400) return { ok: false, reason: "invalid" };
    console.error("[storefront] order look-up failed:", error instanceof Error ? error.message : error);
    return { ok: false, reason: "backend" };
  }
}
