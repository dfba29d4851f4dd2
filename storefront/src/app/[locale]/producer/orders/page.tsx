import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { FulfilForm } from "@/components/producer-portal/fulfil-form";
import { ItemTable } from "@/components/producer-portal/item-table";
import { PortalShell } from "@/components/producer-portal/portal-shell";
import { pageLocale } from "@/i18n/locale";
import { listOrders, requireMe } from "@/lib/producer-portal/data";

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  return { title: t("nav.orders") };
}

/** Orders holding the producer's items: only those items, the buyer's delivery data, and shipping. */
export default async function ProducerOrdersPage({ params }: Props) {
  const locale = await pageLocale(params);
  const me = await requireMe(locale);
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  const format = await getFormatter({ locale });
  const { orders } = await listOrders(50);
  return (
    <PortalShell me={me} current="orders" locale={locale} title={t("orders.title")}>
      <p className="panel__intro">{t("orders.intro")}</p>
      {orders.length === 0 ? (
        <p className="pp-empty panel">{t("orders.none")}</p>
      ) : (
        <ul className="pp-orders">
          {orders.map((o) => {
            const open = o.status !== "canceled" && o.items.some((i) => i.remaining_quantity > 0);
            const d = o.delivery;
            return (
              <li key={o.id} id={`order-${o.id}`} className="panel pp-order">
                <div className="pp-order__head">
                  <h2 className="pp-order__title">{t("orders.number", { number: o.display_id })}</h2>
                  <span className={`pp-pill pp-pill--${o.status === "canceled" ? "archived" : open ? "todo" : "done"}`}>
                    {o.status === "canceled" ? t("orders.canceled") : open ? t("orders.toShip") : t("orders.shipped")}
                  </span>
                  <span className="pp-order__date">{format.dateTime(new Date(o.created_at), { dateStyle: "medium", timeStyle: "short" })}</span>
                </div>
                <ItemTable
                  locale={locale}
                  rows={o.items.map((i) => ({
                    id: i.id,
                    title: i.title,
                    details: [i.variant_title, i.sku, i.fulfilled_quantity > 0 ? t("orders.fulfilled", { count: i.fulfilled_quantity }) : null]
                      .filter(Boolean)
                      .join(" · "),
                    quantity: i.quantity,
                    total: i.total,
                  }))}
                  footer={{ label: t("orders.yourItems"), total: o.items_total }}
                />
                <div className="pp-order__grid">
                  <section aria-label={t("orders.deliverTo")}>
                    <h3 className="pp-order__sub">{t("orders.deliverTo")}</h3>
                    <address className="pp-address">
                      <strong>{d.name}</strong>
                      {d.phone && (
                        <>
                          <br />
                          <a href={`tel:${d.phone}`}>{d.phone}</a>
                        </>
                      )}
                      <br />
                      {[d.address_1, d.address_2, d.city, d.province].filter(Boolean).join(", ")}
                      {d.shipping_method && (
                        <>
                          <br />
                          <span className="pp-table__sub">{d.shipping_method}</span>
                        </>
                      )}
                    </address>
                  </section>
                  <section aria-label={t("orders.shipments")}>
                    <h3 className="pp-order__sub">{t("orders.shipments")}</h3>
                    {o.fulfillments.filter((f) => !f.canceled_at).length > 0 && (
                      <ul className="pp-shipments">
                        {o.fulfillments
                          .filter((f) => !f.canceled_at)
                          .map((f) => (
                            <li key={f.id} className="pp-shipment">
                              {f.carrier ?? "—"} ·{" "}
                              {f.labels.map((l) => (
                                <span key={l.tracking_number} className="pp-tracking">
                                  {l.tracking_number}
                                </span>
                              ))}
                            </li>
                          ))}
                      </ul>
                    )}
                    {open ? <FulfilForm orderId={o.id} /> : o.fulfillments.length === 0 && <p className="pp-empty">—</p>}
                  </section>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </PortalShell>
  );
}
