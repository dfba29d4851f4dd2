import "server-only";
import { cookies } from "next/headers";
import { attachPartnerToCart, VISIT_COOKIE } from "./attribution";

/** A new cart carries the partner whose link the shopper followed last (if any, and still valid). */
export async function attachReferringPartner(cartId: string): Promise<void> {
  const visitToken = (await cookies()).get(VISIT_COOKIE)?.value;
  if (visitToken) await attachPartnerToCart(cartId, visitToken);
}
