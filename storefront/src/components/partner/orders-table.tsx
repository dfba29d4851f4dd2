import { getFormatter, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { formatMoney } from "@/lib/money";
import type { PartnerOrderView } from "@/lib/partner/types";
import styles from "./partner.module.css";

/** The partner's orders: number, date, total and the commission with its status. No customer data. */
export async function OrdersTable({ orders, locale }: { orders: readonly PartnerOrderView[]; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "PartnerPortal" });
  const format = await getFormatter({ locale });
  return (
    <>
      {/* On a phone the last columns are off-screen: say so, and let the keyboard scroll the table (issue #23). */}
      <p className={styles.scrollHint}>{t("scrollHint")}</p>
      <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={t("ordersTableLabel")}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t("order")}</th>
              <th scope="col">{t("date")}</th>
              <th scope="col" className={styles.number}>{t("total")}</th>
              <th scope="col" className={styles.number}>{t("commission")}</th>
              <th scope="col">{t("orderStatus")}</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((order) => (
              <tr key={order.id} data-order-id={order.id} data-commission-status={order.commissionStatus}>
                <th scope="row">{t("orderNumber", { number: order.displayId ?? order.id })}</th>
                <td>{order.createdAt ? format.dateTime(new Date(order.createdAt), { dateStyle: "medium" }) : "—"}</td>
                <td className={styles.number}>{formatMoney(order.total, locale)}</td>
                <td className={styles.number}>
                  {formatMoney(order.commission, locale)}
                  {/* Not yet earned: the amount never stands without its state, even where the status column is scrolled away. */}
                  {order.commissionStatus !== "earned" && (
                    <span className={styles.commissionState}> ({t(`commissionStatus.${order.commissionStatus}`)})</span>
                  )}
                </td>
                <td>
                  <span className={`${styles.status} ${styles[`status_${order.commissionStatus}`] ?? ""}`}>{t(`commissionStatus.${order.commissionStatus}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
