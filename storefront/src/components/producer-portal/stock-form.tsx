"use client";

import { useLocale, useTranslations } from "next-intl";
import { setStockAction } from "./actions";
import { LOW_STOCK } from "@/lib/producer-portal/dashboard";
import type { PortalStockItem } from "@/lib/producer-portal/types";
import { PortalForm } from "./portal-form";

/** Every variant's stock at the producer's own location; changed quantities are saved together. */
export function StockForm({ items }: { items: PortalStockItem[] }) {
  const t = useTranslations("ProducerPortal.stock");
  const tp = useTranslations("ProducerPortal");
  const locale = useLocale();
  return (
    <PortalForm action={setStockAction} submitLabel={t("save")} pendingLabel={tp("saving")}>
      <input type="hidden" name="locale" value={locale} />
      <table className="pp-table pp-table--stock">
        <thead>
          <tr>
            <th scope="col">{t("product")}</th>
            <th scope="col" className="pp-num">
              {t("reserved")}
            </th>
            <th scope="col" className="pp-num">
              {t("onHand")}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.variant_id} className={i.available_quantity <= LOW_STOCK ? "pp-row--low" : undefined}>
              <th scope="row">
                <span className="pp-table__title">{i.product_title}</span>
                <span className="pp-table__sub">
                  {i.variant_title}
                  {i.sku ? ` · ${i.sku}` : ""} · {t("available", { count: i.available_quantity })}
                </span>
              </th>
              <td className="pp-num">{i.reserved_quantity}</td>
              <td className="pp-num">
                <label className="visually-hidden" htmlFor={`pp-stock-${i.variant_id}`}>
                  {t("onHandOf", { product: `${i.product_title} – ${i.variant_title}` })}
                </label>
                <input type="hidden" name={`label:${i.variant_id}`} value={`${i.product_title} – ${i.variant_title}`} />
                <input
                  id={`pp-stock-${i.variant_id}`}
                  name={`stock:${i.variant_id}`}
                  defaultValue={String(i.stocked_quantity)}
                  inputMode="numeric"
                  className="pp-qty-input"
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </PortalForm>
  );
}
