import { getTranslations } from "next-intl/server";
import { getCart } from "@/lib/cart";

/** The number of pieces in the cart, beside the header's cart link; nothing for an empty cart. */
export async function CartCount() {
  const cart = await getCart();
  const count = cart.ok && cart.data ? cart.data.itemCount : 0;
  if (count === 0) return null;
  const t = await getTranslations("Header");
  return (
    <span className="cart-link__count">
      <span aria-hidden="true">{count > 99 ? "99+" : count}</span>
      <span className="visually-hidden">{t("cartCount", { count })}</span>
    </span>
  );
}
