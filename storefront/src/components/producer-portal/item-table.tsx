import { formatVnd } from "@ocop/core";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";

export interface ItemRow {
  id: string;
  title: string;
  /** Variant, SKU, order number…: already joined for display. */
  details: string;
  quantity: number;
  total: number;
}

/** Line items with quantity and amount in đồng, as orders and statements list them. */
export async function ItemTable({ rows, locale, footer }: { rows: ItemRow[]; locale: AppLocale; footer?: { label: string; total: number } }) {
  const t = await getTranslations({ locale, namespace: "ProducerPortal.orders" });
  return (
    <table className="pp-table">
      <thead>
        <tr>
          <th scope="col">{t("item")}</th>
          <th scope="col" className="pp-num">
            {t("quantity")}
          </th>
          <th scope="col" className="pp-num">
            {t("total")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              <span className="pp-table__title">{r.title}</span>
              {r.details && <span className="pp-table__sub">{r.details}</span>}
            </th>
            <td className="pp-num">{r.quantity}</td>
            <td className="pp-num">{formatVnd(r.total, locale)}</td>
          </tr>
        ))}
      </tbody>
      {footer && (
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {footer.label}
            </th>
            <td className="pp-num">{formatVnd(footer.total, locale)}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
