import { useFormatter, useTranslations } from "next-intl";
import { CartLines } from "@/components/cart/cart-lines";
import { Totals } from "@/components/cart/totals";
import { AddressBlock } from "@/components/checkout/address-block";
import { OrderShipments } from "@/components/producer-portal/order-shipments";
import { shippingOptionName } from "@/lib/shipping-names";
import type { OrderView } from "@/lib/types";

/** An order's lines, totals, delivery and payment: for the confirmation and account pages. */
export function OrderDetails({ order }: { order: OrderView }) {
  const t = useTranslations("Order");
  const shippingNames = useTranslations("ShippingNames");
  const format = useFormatter();
  return (
    <div className="order-details">
      <dl className="order-details__facts">
        <div>
          <dt>{t("number")}</dt>
          <dd className="order-details__number">#{order.displayId ?? order.id}</dd>
        </div>
        {order.createdAt && (
          <div>
            <dt>{t("placedOn")}</dt>
            <dd>{format.dateTime(new Date(order.createdAt), { dateStyle: "medium", timeStyle: "short" })}</dd>
          </div>
        )}
        {order.payment && (
          <div>
            <dt>{t("payment")}</dt>
            <dd>{t(`paymentKinds.${order.payment}`)}</dd>
          </div>
        )}
        {order.shippingMethodName && (
          <div>
            <dt>{t("shippingMethod")}</dt>
            <dd>{shippingOptionName(order.shippingMethodName, shippingNames)}</dd>
          </div>
        )}
      </dl>
      {order.shippingAddress && (
        <section className="order-details__section" aria-labelledby={`order-${order.id}-address`}>
          <h2 id={`order-${order.id}-address`} className="order-details__title">
            {t("deliverTo")}
          </h2>
          <AddressBlock address={order.shippingAddress} />
        </section>
      )}
      <OrderShipments orderId={order.id} />
      <section className="order-details__section" aria-labelledby={`order-${order.id}-items`}>
        <h2 id={`order-${order.id}-items`} className="order-details__title">
          {t("items")}
        </h2>
        <CartLines lines={order.items} />
        <Totals of={order} parcels={order.parcels} />
      </section>
    </div>
  );
}
