import { getCart } from "@/lib/cart";

// The shopper's own cart: read per request from its cookie, never cached anywhere.
export const dynamic = "force-dynamic";

/** GET /api/cart → {"count": pieces in the shopper's cart}, for the header (components/layout/cart-count.tsx). */
export async function GET(): Promise<Response> {
  const cart = await getCart();
  const count = cart.ok && cart.data ? cart.data.itemCount : 0;
  return Response.json({ count }, { headers: { "cache-control": "private, no-store" } });
}
