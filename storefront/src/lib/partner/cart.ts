import "server-only";
import { cookies } from "next/headers";
import { attachPartnerToCart, REF_COOKIE } from "./attribution";
import { normalizeRefCode } from "./map";

/** A new cart carries the partner whose link the shopper followed last (if any, and still valid). */
export async function attachReferringPartner(cartId: string): Promise<void> {
  const code = normalizeRefCode((await cookies()).get(REF_COOKIE)?.value);
  if (code) await attachPartnerToCart(cartId, code);
}
