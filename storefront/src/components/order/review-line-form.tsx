"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { FormAlert } from "@/components/forms/fields";
import { PhotoUpload } from "@/components/forms/photo-upload";
import { SubmitButton } from "@/components/forms/submit-button";
import { reviewLineAction, type ReviewFormState } from "./review-actions";

const initial: ReviewFormState = { seq: 0, ok: false, error: null };

/**
 * One delivered line's review form on the account order page: stars, text and up to 5 photos (the
 * upload piece sends them as soon as they are chosen; their URLs travel with the form as "image").
 * The server checks everything again.
 */
export function ReviewLineForm({ productId, lineItemId, title }: { productId: string; lineItemId: string; title: string }) {
  const t = useTranslations("Reviews");
  const id = useId();
  const [state, action] = useActionState(reviewLineAction, initial);

  return (
    <form action={action} className="checkout-form review-form" data-line={lineItemId} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <input type="hidden" name="product_id" value={productId} />
      <input type="hidden" name="line_item_id" value={lineItemId} />
      {state.error && <FormAlert>{t(`errors.${state.error}`)}</FormAlert>}
      <fieldset className="review-form__stars">
        <legend>{t("yourRating")}</legend>
        {[1, 2, 3, 4, 5].map((star) => (
          <label key={star} className="review-form__star">
            <input type="radio" name="rating" value={star} required />
            <span aria-hidden="true">{"★".repeat(star)}</span>
            <span className="visually-hidden">{t("starLabel", { star })}</span>
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t("yourText")}</span>
        <textarea name="content" required maxLength={2000} rows={3} />
      </label>
      <PhotoUpload name="image" max={5} label={t("photos")} />
      <SubmitButton pendingLabel={t("sending")}>{t("send")}</SubmitButton>
    </form>
  );
}
