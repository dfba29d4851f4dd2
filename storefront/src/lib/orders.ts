import "server-only";
import { cache } from "react";
import { load, type Loaded } from "./backend";
import { toOrderView, toVietQrView } from "./commerce-map";
import { inPageLanguage } from "./line-titles";
import { getSdk, httpStatus } from "./medusa";
import { authHeaders } from "./session";
import type { OrderView, VietQrView } from "./types";
import type { OrderWire, VietQrAnswer } from "./wire-types";

const ORDER_FIELDS = [
  "+customer_id",
  "+payment_status",
  "+fulfillment_status",
  "+items.total",
  "+items.product_id",
  "+shipping_address.metadata",
  "+shipping_methods.name",
  "+shipping_methods.data",
  "*payment_collections.payments",
].join(",");

/**
 * An order by id, or null when there is none or it is not the shopper's: the backend answers the
 * logged-in customer it belongs to, or a guest showing the order's access token. Cached per request.
 */
export const getOrder = cache(
  (id: string, accessToken: string | null = null): Promise<Loaded<OrderView | null>> =>
    load(`loading order ${id}`, async () => {
      const sdk = await getSdk();
      const headers = { ...(await authHeaders()), ...(accessToken ? { "x-order-access-token": accessToken } : {}) };
      try {
        const { order } = await sdk.store.order.retrieve(id, { fields: ORDER_FIELDS }, headers);
        // ORDER_FIELDS asks for the shipping methods' data: the parcels provider's (wire-types.ts).
        const view = toOrderView(order as OrderWire);
        return view && { ...view, items: await inPageLanguage(view.items) };
      } catch (error) {
        if (httpStatus(error) === 404) return null;
        throw error;
      }
    }),
);

/**
 * What the buyer needs to pay a VietQR order (`GET /store/orders/:id/vietqr`),
 * or null when the order is not paid by VietQR or the backend has no such route.
 */
export async function getVietQr(order: OrderView): Promise<VietQrView | null> {
  try {
    const sdk = await getSdk();
    const body = await sdk.client.fetch<VietQrAnswer>(`/store/orders/${encodeURIComponent(order.id)}/vietqr`, {
      query: order.email ? { email: order.email } : {},
      headers: await authHeaders(),
    });
    return toVietQrView(body);
  } catch (error) {
    if (httpStatus(error) !== 404) {
      console.error("[storefront] loading the VietQR code failed:", error instanceof Error ? error.message : error);
    }
    return null;
  }
}
