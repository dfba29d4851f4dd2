import { formatVnd } from "@ocop/core";
import { getTranslations } from "next-intl/server";
import type { OrderStage } from "@/lib/commerce-map";
import { getOrderReturns } from "@/lib/returns";
import type { OrderView } from "@/lib/types";
import type { AppLocale } from "@/i18n/routing";
import { ReturnPanel } from "./return-panel";

/** The order's returns and, once delivered, the form to ask for one (account order page). */
export async function OrderReturns({ order, stage, locale }: { order: OrderView; stage: OrderStage; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Returns" });
  const loaded = await getOrderReturns(order.id);
  const returns = loaded.ok ? loaded.data : [];
  if (stage !== "delivered" && !returns.length) return null;
  const asked = new Map<string, number>();
  for (const r of returns) if (r.status !== "refused") for (const i of r.items) asked.set(i.line_item_id, (asked.get(i.line_item_id) ?? 0) + i.quantity);
  const lines = order.items
    .filter((l) => !l.booking)
    .map((l) => ({ id: l.id, title: l.variantTitle ? `${l.productTitle} (${l.variantTitle})` : l.productTitle, left: l.quantity - (asked.get(l.id) ?? 0) }))
    .filter((l) => l.left > 0);
  return (
    <section className="panel order-returns" aria-labelledby="order-returns">
      <h2 id="order-returns">{t("title")}</h2>
      {returns.length > 0 && (
        <ul className="order-returns__list">
          {returns.map((r) => (
            <li key={r.id} data-return-status={r.status}>
              <strong>{t(`status.${r.status}`)}</strong> · {t("amount")}: {formatVnd(r.amount, locale)}
              {r.refusalReason && <p>{t("refusedBecause", { reason: r.refusalReason })}</p>}
              {r.status === "accepted" && <p>{r.refundedAt ? t("refunded") : t("refundPending")}</p>}
            </li>
          ))}
        </ul>
      )}
      <ReturnPanel
        orderId={order.id}
        lines={stage === "delivered" ? lines : []}
        needsBank={order.payment !== null}
        refused={returns.filter((r) => r.status === "refused").map((r) => ({ id: r.id }))}
      />
    </section>
  );
}
