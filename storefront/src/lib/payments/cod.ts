// Whether this cart may pay cash on delivery (@ocop/core codRefusal: a Vietnamese phone, a total
// up to OCOP_COD_MAX_TOTAL, 5,000,000 ₫ by default). The backend refuses the same carts when
// the order is placed; the checkout leaves COD out beforehand and says why.

import { codRefusal, parseCodMaxTotal, type CodRefusal } from "../core-client";
import type { CartView } from "../types";

export function codRefusalFor(cart: Pick<CartView, "shippingAddress" | "total">): CodRefusal | null {
  return codRefusal(cart.shippingAddress?.phone, cart.total.amount, parseCodMaxTotal(process.env.OCOP_COD_MAX_TOTAL));
}

/** The payment choices without cash on delivery when it is refused. */
export function withoutRefusedCod<C extends { kind: string }>(
  loaded: { ok: true; data: C[] } | { ok: false },
  refusal: CodRefusal | null,
): { ok: true; data: C[] } | { ok: false } {
  if (!loaded.ok || !refusal) return loaded;
  return { ok: true, data: loaded.data.filter((c) => c.kind !== "cod") };
}
