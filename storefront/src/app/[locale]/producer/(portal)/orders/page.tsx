import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { formatVnd } from "@ocop/core";
import { formatWeight } from "@/components/cart/parcels";
import { BookingActions } from "@/components/producer-portal/booking-actions";
import { FulfilForm } from "@/components/producer-portal/fulfil-form";
import { ItemTable } from "@/components/producer-portal/item-table";
import { PortalTitle } from "@/components/producer-portal/portal-shell";
import { pageLocale } from "@/i18n/locale";
import { listOrders, pageRead } from "@/lib/producer-portal/data";

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  return { title: t("nav.orders") };
}

/**
 * Orders holding the producer's items: only those items, the buyer's delivery data, and shipping;
 * bookings of its experiences as bookings (date, party, guest, payment, confirm/visited/cancel).
 */
export default async function ProducerOrdersPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  const tb = await getTranslations({ locale, namespace: "ProducerPortal.bookings" });
  const ts = await getTranslations({ locale, namespace: "Shipping" });
  const format = await getFormatter({ locale });
  // A booking's date is a calendar day: shown as written, never moved by a time zone.
  const visitDay = (date: string) => format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: "full", timeZone: "UTC" });
  const { orders } = await pageRead(locale, () => listOrders(50));
  return (
    <>
      <PortalTitle>{t("orders.title")}</PortalTitle>
      <p className="panel__intro">{t("orders.intro")}</p>
      {orders.length === 0 ? (
        <p className="pp-empty panel">{t("orders.none")}</p>
      ) : (
        <ul className="pp-orders">
          {orders.map((o) => {
            const goods = o.items.filter((i) => i.kind !== "booking");
            const open = o.status !== "canceled" && goods.some((i) => i.remaining_quantity > 0);
            const d = o.delivery;
            const pill =
              o.status === "canceled"
                ? { kind: "archived", label: t("orders.canceled") }
                : open
                  ? { kind: "todo", label: t("orders.toShip") }
                  : o.has_goods
                    ? { kind: "done", label: t("orders.shipped") }
                    : { kind: "booking", label: tb("title") };
            return (
              <li key={o.id} id={`order-${o.id}`} className="panel pp-order">
                <div className="pp-order__head">
                  <h2 className="pp-order__title">{t("orders.number", { number: o.display_id })}</h2>
                  <span className={`pp-pill pp-pill--${pill.kind}`}>{pill.label}</span>
                  {o.bookings.length > 0 && (
                    <span className={`pp-pill pp-pill--${o.payment_status === "paid" ? "done" : "todo"} pp-payment`}>{tb(`payment.${o.payment_status}`)}</span>
                  )}
                  <span className="pp-order__date">{format.dateTime(new Date(o.created_at), { dateStyle: "medium", timeStyle: "short" })}</span>
                </div>
                {o.bookings.map((b) => (
                  <section key={b.id} className="pp-booking" aria-label={`${tb("title")}: ${b.title}`}>
                    <div className="pp-booking__head">
                      <h3 className="pp-booking__title">{b.title}</h3>
                      <span className={`pp-pill pp-pill--${b.state === "requested" ? "todo" : b.state === "canceled" || b.state === "no_show" ? "archived" : "done"} pp-booking__state`}>
                        {tb(`state.${b.state}`)}
                      </span>
                    </div>
                    <dl className="pp-booking__facts">
                      <div>
                        <dt>{tb("visitOn")}</dt>
                        <dd className="pp-booking__date">
                          {visitDay(b.date)}
                          {b.slot && <> · {b.slot}</>}
                        </dd>
                      </div>
                      <div>
                        <dt>{tb("party")}</dt>
                        <dd className="pp-booking__party">
                          {b.party.map((p) => tb("partyLine", { quantity: p.quantity, ticket: p.ticket ?? b.title })).join(", ")} ({tb("guests", { count: b.guests })}) ·{" "}
                          {formatVnd(b.total, locale)}
                        </dd>
                      </div>
                      <div>
                        <dt>{tb("guest")}</dt>
                        <dd className="pp-booking__guest">
                          <strong>{b.guest.name ?? "—"}</strong>
                          {b.guest.phone && (
                            <>
                              {" · "}
                              <a href={`tel:${b.guest.phone}`}>{b.guest.phone}</a>
                            </>
                          )}
                          {b.guest.email && (
                            <>
                              {" · "}
                              <a href={`mailto:${b.guest.email}`} className="pp-break">
                                {b.guest.email}
                              </a>
                            </>
                          )}
                        </dd>
                      </div>
                    </dl>
                    {o.payment_status !== "paid" && b.state !== "canceled" && <p className="pp-table__sub">{tb("unpaidNotInSales")}</p>}
                    {b.cancel_reason && <p className="pp-booking__reason">{tb("canceledBecause", { reason: b.cancel_reason })}</p>}
                    {b.actions.length > 0 && (
                      <BookingActions
                        orderId={o.id}
                        lineId={b.id}
                        actions={b.actions}
                        refundNote={
                          b.refund_if_canceled.rule === "full_refund" ? tb("refundFull", { amount: formatVnd(b.refund_if_canceled.amount, locale) }) : tb("refundNone")
                        }
                      />
                    )}
                  </section>
                ))}
                {goods.length > 0 && (
                  <>
                    <ItemTable
                      locale={locale}
                      rows={goods.map((i) => ({
                        id: i.id,
                        title: i.title,
                        details: [i.variant_title, i.sku, i.fulfilled_quantity > 0 ? t("orders.fulfilled", { count: i.fulfilled_quantity }) : null]
                          .filter(Boolean)
                          .join(" · "),
                        quantity: i.quantity,
                        total: i.total,
                      }))}
                      footer={{ label: t("orders.yourItems"), total: goods.reduce((sum, i) => sum + i.total, 0) }}
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
                          {d.parcel && (
                            <>
                              <br />
                              <span className="pp-table__sub" data-testid="producer-parcel">
                                {ts("producerParcel", { weight: formatWeight(d.parcel.weight_g, locale), amount: formatVnd(d.parcel.amount, locale) })}
                              </span>
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
                  </>
                )}
                {goods.length === 0 && <p className="pp-table__sub">{tb("noShipping")}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
