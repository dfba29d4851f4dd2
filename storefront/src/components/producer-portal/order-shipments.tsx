import { getFormatter, getTranslations } from "next-intl/server";
import { getShipments } from "@/lib/producer-portal/shipments";

/** On the buyer's order page: each parcel the producers sent, with carrier and tracking number. */
export async function OrderShipments({ orderId }: { orderId: string }) {
  const shipments = await getShipments(orderId);
  if (!shipments.length) return null;
  const t = await getTranslations("ProducerPortal.shipments");
  const format = await getFormatter();
  return (
    <section className="order-details__section" aria-labelledby={`order-${orderId}-shipments`}>
      <h2 id={`order-${orderId}-shipments`} className="order-details__title">
        {t("title")}
      </h2>
      <ul className="address-list">
        {shipments.map((s) => (
          <li key={s.id} className="address-list__item order-shipment">
            <p>
              <strong>{s.carrier ?? t("carrierUnknown")}</strong>
              {s.shippedAt && <> · {t("shippedOn", { date: format.dateTime(new Date(s.shippedAt), { dateStyle: "medium" }) })}</>}
            </p>
            {s.tracking.map((n) => (
              <p key={n.number}>
                {t("trackingNumber")}:{" "}
                {n.url ? (
                  <a href={n.url} className="order-shipment__tracking" rel="noopener noreferrer" target="_blank">
                    {n.number}
                  </a>
                ) : (
                  <strong className="order-shipment__tracking">{n.number}</strong>
                )}
              </p>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
