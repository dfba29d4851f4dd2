import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";

/** What both places that show a buyer's review need of it. */
type ReviewParts = { content: string; images: string[]; author_name: string; reply?: { content: string } | null };

/**
 * A buyer's review text, photos and the producer's reply, shown alike on the product page and on
 * the account's order page. Text is rendered by React as text: HTML a buyer typed is shown, never run.
 */
export async function ReviewBody({ review, locale, photoSize }: { review: ReviewParts; locale: AppLocale; photoSize: number }) {
  const t = await getTranslations({ locale, namespace: "Reviews" });
  return (
    <>
      <p className="buyer-review__content">{review.content}</p>
      {review.images.length > 0 && (
        <ul className="buyer-review__photos">
          {review.images.map((src, i) => (
            <li key={src}>
              {/* Buyers' photos from the backend's file store; plain img, no optimiser host list needed. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={src} alt={t("photoAlt", { n: i + 1, author: review.author_name })} loading="lazy" width={photoSize} height={photoSize} />
            </li>
          ))}
        </ul>
      )}
      {review.reply && (
        <div className="buyer-review__reply">
          <p className="buyer-review__reply-label">{t("reply")}</p>
          <p>{review.reply.content}</p>
        </div>
      )}
    </>
  );
}
