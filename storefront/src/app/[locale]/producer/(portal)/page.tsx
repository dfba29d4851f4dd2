import type { Metadata } from "next";
import { formatVnd } from "@ocop/core";
import { getTranslations } from "next-intl/server";
import { PortalTitle } from "@/components/producer-portal/portal-shell";
import { SalesChart } from "@/components/producer-portal/sales-chart";
import { pageLocale } from "@/i18n/locale";
import { Link } from "@/i18n/navigation";
import { certificatesToRenew, lowStock, ordersToFulfil, salesByDay } from "@/lib/producer-portal/dashboard";
import { getStock, listOrders, listProducts, pageRead } from "@/lib/producer-portal/data";

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  return { title: t("nav.dashboard") };
}

/** What needs doing today: sales of the last 30 days, orders to ship, stock running out, certificates to renew. */
export default async function ProducerDashboardPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  const [orders, stock, products] = await pageRead(locale, () => Promise.all([listOrders(100), getStock(), listProducts({ limit: 200 })]));
  const days = salesByDay(orders.orders, new Date());
  const toShip = ordersToFulfil(orders.orders);
  const low = lowStock(stock.items);
  const renew = certificatesToRenew(products.products);
  const vnd = (n: number) => formatVnd(n, locale);

  return (
    <>
      <PortalTitle>{t("dashboard.title")}</PortalTitle>
      <ul className="pp-stats">
        <li className="pp-stat">
          <span className="pp-stat__value">{toShip.length}</span>
          <span className="pp-stat__label">{t("dashboard.toShip")}</span>
        </li>
        <li className="pp-stat">
          <span className="pp-stat__value">{low.length}</span>
          <span className="pp-stat__label">{t("dashboard.lowStock")}</span>
        </li>
        <li className="pp-stat">
          <span className="pp-stat__value">{renew.length}</span>
          <span className="pp-stat__label">{t("dashboard.renew")}</span>
        </li>
        <li className="pp-stat">
          <span className="pp-stat__value">{products.count}</span>
          <span className="pp-stat__label">{t("dashboard.products")}</span>
        </li>
      </ul>

      <section className="panel pp-panel" aria-labelledby="pp-sales">
        <h2 id="pp-sales">{t("dashboard.chartTitle")}</h2>
        <SalesChart days={days} locale={locale} />
      </section>

      <div className="pp-columns">
        <section className="panel pp-panel" aria-labelledby="pp-to-ship">
          <h2 id="pp-to-ship">{t("dashboard.toShip")}</h2>
          {toShip.length === 0 ? (
            <p className="pp-empty">{t("dashboard.nothingToShip")}</p>
          ) : (
            <ul className="pp-list">
              {toShip.slice(0, 8).map((o) => (
                <li key={o.id} className="pp-list__item">
                  <Link href={`/producer/orders#order-${o.id}`} className="pp-list__main">
                    {t("orders.number", { number: o.display_id })}
                  </Link>
                  <span className="pp-list__meta">
                    {o.delivery.name} · {o.items.reduce((n, i) => n + i.remaining_quantity, 0)} {t("orders.units")}
                  </span>
                  <span className="pp-list__end">{vnd(o.items_total)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="panel pp-panel" aria-labelledby="pp-low">
          <h2 id="pp-low">{t("dashboard.lowStock")}</h2>
          {low.length === 0 ? (
            <p className="pp-empty">{t("dashboard.stockFine")}</p>
          ) : (
            <ul className="pp-list">
              {low.slice(0, 8).map((i) => (
                <li key={i.variant_id} className="pp-list__item">
                  <Link href="/producer/stock" className="pp-list__main">
                    {i.product_title}
                  </Link>
                  <span className="pp-list__meta">{i.variant_title}</span>
                  <span className={`pp-list__end pp-qty${i.available_quantity <= 0 ? " pp-qty--out" : " pp-qty--low"}`}>
                    {t("stock.available", { count: i.available_quantity })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="panel pp-panel" aria-labelledby="pp-renew">
          <h2 id="pp-renew">{t("dashboard.renew")}</h2>
          {renew.length === 0 ? (
            <p className="pp-empty">{t("dashboard.certificatesFine")}</p>
          ) : (
            <ul className="pp-list">
              {renew.map((p) => (
                <li key={p.id} className="pp-list__item">
                  <Link href={`/producer/products/${p.id}`} className="pp-list__main">
                    {p.title}
                  </Link>
                  <span className="pp-list__meta">{p.ocop_certificate!.decision_number}</span>
                  <span className={`pp-list__end pp-cert pp-cert--${p.ocop_certificate!.validity}`}>
                    {p.ocop_certificate!.days_until_expiry < 0
                      ? t("certificate.expired")
                      : t("certificate.expiresIn", { days: p.ocop_certificate!.days_until_expiry })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
