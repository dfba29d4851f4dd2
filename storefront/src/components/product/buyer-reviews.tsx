import { getFormatter, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { ReviewBody } from "./review-body";
import type { ProductReviews } from "@/lib/reviews";

const STARS = ["5", "4", "3", "2", "1"] as const;

/** "★★★★☆" for a rating, rounded to whole stars (the number beside it is exact). */
function starRow(rating: number): string {
  const full = Math.round(rating);
  return "★".repeat(full) + "☆".repeat(5 - full);
}

/**
 * Buyers' ratings of the product: average, count, distribution, each review with its photos and the
 * producer's reply. Labelled as buyers' ratings, distinct from the OCOP star rating the council gave.
 * Text is rendered by React as text: HTML a buyer typed is shown, never run.
 */
export async function BuyerReviews({ data, locale }: { data: ProductReviews; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Reviews" });
  const format = await getFormatter({ locale });
  return (
    <section className="buyer-reviews" aria-labelledby="buyer-reviews-title">
      <h2 id="buyer-reviews-title">{t("title")}</h2>
      <p className="buyer-reviews__note">{t("note")}</p>
      {data.count === 0 || data.average === null ? (
        <p className="buyer-reviews__empty">{t("empty")}</p>
      ) : (
        <>
          <div className="buyer-reviews__summary">
            <p className="buyer-reviews__average">
              <span className="buyer-reviews__stars" aria-hidden="true">
                {starRow(data.average)}
              </span>{" "}
              <strong>{t("average", { average: format.number(data.average, { maximumFractionDigits: 1 }) })}</strong>{" "}
              <span className="buyer-reviews__count">{t("count", { count: data.count })}</span>
            </p>
            <ul className="buyer-reviews__distribution" aria-label={t("distribution")}>
              {STARS.map((star) => (
                <li key={star}>
                  <span>{t("starLabel", { star: Number(star) })}</span>
                  <meter min={0} max={data.count} value={data.distribution[star]} />
                  <span>{data.distribution[star]}</span>
                </li>
              ))}
            </ul>
          </div>
          <ol className="buyer-reviews__list">
            {data.reviews.map((review) => (
              <li key={review.id} className="buyer-review">
                <p className="buyer-review__head">
                  <span className="buyer-review__stars" aria-label={t("ratingLabel", { rating: review.rating })}>
                    {starRow(review.rating)}
                  </span>{" "}
                  <strong className="buyer-review__author">{review.author_name}</strong>
                  {review.verified_purchase && <span className="buyer-review__verified"> · {t("verified")}</span>} ·{" "}
                  <time dateTime={review.created_at}>{format.dateTime(new Date(review.created_at), { dateStyle: "medium" })}</time>
                </p>
                <ReviewBody review={review} locale={locale} photoSize={96} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
