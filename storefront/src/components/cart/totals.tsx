import { useLocale, useTranslations } from "next-intl";
import { ParcelList } from "@/components/cart/parcels";
import { Price } from "@/components/product/price";
import { isBookingOnly } from "@/lib/experiences/booking";
import type { CartLineView, Money, ParcelView } from "@/lib/types";

/** A cart or an order: its lines and what they cost. */
interface Summed {
  items: readonly CartLineView[];
  subtotal: Money;
  /** Null until a shipping method is chosen. */
  shipping: Money | null;
  discount: Money | null;
  total: Money;
}

/** Goods, shipping (with its parcels, one per producer) and total in VND, for the cart, checkout and order pages. */
export function Totals({ of: { items, subtotal, shipping, discount, total }, parcels = [] }: { of: Summed; parcels?: readonly ParcelView[] }) {
  const t = useTranslations("Cart");
  const locale = useLocale();
  // Only experience bookings: there is no shipping to calculate.
  const noDelivery = isBookingOnly(items);
  return (
    <>
      <dl className="totals">
        <div className="totals__row">
          <dt>{t("subtotal")}</dt>
          <dd>
            <Price money={subtotal} className="price price--plain" />
          </dd>
        </div>
        <div className="totals__row">
          <dt>{t("shipping")}</dt>
          <dd>
            {shipping ? (
              <Price money={shipping} className="price price--plain" />
            ) : (
              <span className="totals__later">{t(noDelivery ? "noDelivery" : "shippingLater")}</span>
            )}
          </dd>
        </div>
        {discount && (
          <div className="totals__row">
            <dt>{t("discount")}</dt>
            <dd>
              <Price money={{ ...discount, amount: -Math.abs(discount.amount) }} className="price price--plain" />
            </dd>
          </div>
        )}
        <div className="totals__row totals__row--total">
          <dt>{t("total")}</dt>
          <dd>
            <Price money={total} className="price price--large" />
          </dd>
        </div>
      </dl>
      {shipping && <ParcelList parcels={parcels} locale={locale} />}
    </>
  );
}
