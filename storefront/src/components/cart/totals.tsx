import { useTranslations } from "next-intl";
import { Price } from "@/components/product/price";
import type { Money } from "@/lib/types";

interface TotalsProps {
  subtotal: Money;
  /** Null until a shipping method is chosen. */
  shipping: Money | null;
  /** Only experience bookings: there is no shipping to calculate. */
  noDelivery?: boolean;
  discount: Money | null;
  total: Money;
}

/** Goods, shipping and total in VND, for the cart, checkout and order pages. */
export function Totals({ subtotal, shipping, noDelivery = false, discount, total }: TotalsProps) {
  const t = useTranslations("Cart");
  return (
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
  );
}
