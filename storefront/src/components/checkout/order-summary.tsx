import { useTranslations } from "next-intl";
import { CartLines } from "@/components/cart/cart-lines";
import { Totals } from "@/components/cart/totals";
import type { CartView } from "@/lib/types";

/** The cart beside the checkout steps: what is being bought and what it costs. */
export function OrderSummary({ cart }: { cart: CartView }) {
  const t = useTranslations("Checkout");
  return (
    <section className="summary-card" aria-labelledby="order-summary-title">
      <h2 id="order-summary-title" className="summary-card__title">
        {t("summaryTitle", { count: cart.itemCount })}
      </h2>
      <CartLines lines={cart.items} />
      <Totals of={cart} parcels={cart.shippingMethod?.parcels} />
    </section>
  );
}
