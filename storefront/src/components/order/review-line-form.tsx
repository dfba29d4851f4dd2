"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import { FormAlert } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { reviewLineAction, type ReviewFormState } from "@/app/[locale]/account/orders/[id]/review-actions";

const initial: ReviewFormState = { seq: 0, ok: false, error: null };
const MAX_PHOTOS = 5;
const MAX_BYTES = 5 * 1024 * 1024;

/**
 * One delivered line's review form on the account order page: stars, text and up to 5 photos. The
 * photos go to the upload route as soon as they are chosen (the backend checks them); their URLs
 * travel with the form. The server checks everything again.
 */
export function ReviewLineForm({ productId, lineItemId, title }: { productId: string; lineItemId: string; title: string }) {
  const t = useTranslations("Reviews");
  const locale = useLocale();
  const id = useId();
  const [state, action] = useActionState(reviewLineAction, initial);
  const [photos, setPhotos] = useState<string[]>([]);
  const [upload, setUpload] = useState<{ kind: "idle" | "busy" | "error"; text?: string }>({ kind: "idle" });

  async function addPhotos(files: File[]) {
    if (photos.length + files.length > MAX_PHOTOS) return setUpload({ kind: "error", text: t("photosTooMany") });
    if (files.some((f) => f.size > MAX_BYTES)) return setUpload({ kind: "error", text: t("photosTooLarge") });
    setUpload({ kind: "busy" });
    const body = new FormData();
    for (const file of files) body.append("files", file, file.name);
    try {
      const response = await fetch(`/${locale}/account/reviews/uploads`, { method: "POST", body });
      const answer = (await response.json().catch(() => ({}))) as { urls?: string[]; message?: string };
      if (!response.ok || !answer.urls) {
        return setUpload({ kind: "error", text: response.status === 400 ? t("photosRefused", { detail: answer.message ?? "" }) : t("photosFailed") });
      }
      setPhotos((current) => [...current, ...answer.urls!].slice(0, MAX_PHOTOS));
      setUpload({ kind: "idle" });
    } catch {
      setUpload({ kind: "error", text: t("photosFailed") });
    }
  }

  return (
    <form action={action} className="checkout-form review-form" data-line={lineItemId} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <input type="hidden" name="product_id" value={productId} />
      <input type="hidden" name="line_item_id" value={lineItemId} />
      {photos.map((url) => (
        <input key={url} type="hidden" name="image" value={url} />
      ))}
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
      <div className={`field review-form__photos${upload.kind === "error" ? " field--invalid" : ""}`}>
        <label htmlFor={`${id}-photos`}>{t("photos")}</label>
        <p id={`${id}-photos-hint`} className="field__hint">
          {t("photosHint")}
        </p>
        {photos.length > 0 && (
          <ul className="buyer-review__photos">
            {photos.map((url, i) => (
              <li key={url}>
                {/* The buyer's own photo just uploaded, served by the backend's file store: a plain img, as next/image would need that host in its optimiser list. */}
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img src={url} alt={t("photoPreview", { n: i + 1 })} width={72} height={72} />
              </li>
            ))}
          </ul>
        )}
        {photos.length < MAX_PHOTOS && (
          <input
            id={`${id}-photos`}
            type="file"
            multiple
            accept="image/jpeg,image/png,image/webp"
            aria-describedby={`${id}-photos-hint ${id}-photos-status`}
            disabled={upload.kind === "busy"}
            onChange={(e) => {
              const files = [...(e.currentTarget.files ?? [])];
              e.currentTarget.value = "";
              if (files.length) void addPhotos(files);
            }}
          />
        )}
        <p id={`${id}-photos-status`} className="field__hint" role="status">
          {upload.kind === "busy" ? t("photosUploading") : upload.kind === "error" ? upload.text : ""}
        </p>
      </div>
      <SubmitButton pendingLabel={t("sending")}>{t("send")}</SubmitButton>
    </form>
  );
}
