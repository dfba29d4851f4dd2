import { getFormatter, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { ReviewBody } from "@/components/product/review-body";
import type { OrderStage } from "@/lib/commerce-map";
import { getOrderReviewable } from "@/lib/reviews";
import type { OrderView } from "@/lib/types";
import { ReviewLineForm } from "./review-line-form";

/**
 * "Review what you received" (account order page, issue #18): once delivered, each line the buyer
 * may still review (within 90 days, not reviewed yet) has its form; reviewed lines show the review.
 * The buyer's text is rendered by React as text, never as HTML.
 */
export async function OrderReviews({ order, stage, locale }: { order: OrderView; stage: OrderStage; locale: AppLocale }) {
  if (stage !== "delivered") return null;
  const loaded = await getOrderReviewable(order.id);
  if (!loaded.ok) return null;
  const { lines, reviewed } = loaded.data;
  if (!lines.length && !reviewed.length) return null;
  const t = await getTranslations({ locale, namespace: "Reviews" });
  const format = await getFormatter({ locale });
  const titleOf = (lineId: string, fallback: string | null) => {
    const item = order.items.find((i) => i.id === lineId);
    if (!item) return fallback ?? "";
    return item.variantTitle ? `${item.productTitle} (${item.variantTitle})` : item.productTitle;
  };
  return (
    <section className="panel order-reviews" aria-labelledby="order-reviews">
      <h2 id="order-reviews">{t("orderTitle")}</h2>
      {lines.length > 0 && <p className="pp-hint">{t("orderHint")}</p>}
      {reviewed.length > 0 && (
        <ul className="order-reviews__done">
          {reviewed.map(({ line_item_id, review }) => (
            <li key={line_item_id} className="buyer-review" data-line={line_item_id}>
              <p className="buyer-review__head">
                <strong>{titleOf(line_item_id, null)}</strong> · <span className="order-reviews__badge">{t("reviewed")}</span>
              </p>
              <p>
                <span className="buyer-review__stars" aria-label={t("ratingLabel", { rating: review.rating })}>
                  {"★".repeat(review.rating) + "☆".repeat(5 - review.rating)}
                </span>{" "}
                <time dateTime={review.created_at}>{format.dateTime(new Date(review.created_at), { dateStyle: "medium" })}</time>
              </p>
              <ReviewBody review={review} locale={locale} photoSize={72} />
            </li>
          ))}
        </ul>
      )}
      {lines.map((line) => (
        <ReviewLineForm key={line.line_item_id} productId={line.product_id} lineItemId={line.line_item_id} title={titleOf(line.line_item_id, line.product_title)} />
      ))}
    </section>
  );
}
