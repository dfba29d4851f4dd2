"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";

const ACCEPTED = ["image/jpeg", "image/png", "image/webp"];
const MAX_BYTES = 5 * 1024 * 1024;
// POST /store/reviews/uploads takes at most 5 files a request.
const PER_REQUEST = 5;

type Status = { kind: "idle" | "busy" } | { kind: "error"; text: string };

/**
 * A buyer's photos for a form (a review, a return request): each goes to the account's upload route
 * (src/app/[locale]/account/reviews/uploads/route.ts → POST /store/reviews/uploads) as soon as it is
 * chosen, shows as a thumbnail that can be taken away again, and its URL travels with the form as a
 * hidden field `name`. Wrong type, size or count are said in the buyer's language; the backend checks
 * the bytes again.
 */
export function PhotoUpload({ name, max, label }: { name: string; max: number; label: string }) {
  const t = useTranslations("PhotoUpload");
  const locale = useLocale();
  const id = useId();
  const [photos, setPhotos] = useState<string[]>([]);
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  // The backend's refusals are English sentences (src/api/producer/uploads/save-images.ts, receive-images.ts).
  function refusal(message: string): string {
    if (/not a JPEG, PNG or WebP/i.test(message)) return t("wrongType");
    if (/5 MB/i.test(message)) return t("tooLarge");
    return t("refused", { detail: message });
  }

  async function add(files: File[]) {
    if (photos.length + files.length > max) return setStatus({ kind: "error", text: t("tooMany", { max }) });
    const wrong = files.find((f) => !ACCEPTED.includes(f.type));
    if (wrong) return setStatus({ kind: "error", text: t("wrongTypeNamed", { file: wrong.name }) });
    if (files.some((f) => f.size > MAX_BYTES)) return setStatus({ kind: "error", text: t("tooLarge") });
    setStatus({ kind: "busy" });
    try {
      const urls: string[] = [];
      for (let i = 0; i < files.length; i += PER_REQUEST) {
        const body = new FormData();
        for (const file of files.slice(i, i + PER_REQUEST)) body.append("files", file, file.name);
        const response = await fetch(`/${locale}/account/reviews/uploads`, { method: "POST", body });
        const answer = (await response.json().catch(() => ({}))) as { urls?: string[]; message?: string };
        if (!response.ok || !answer.urls) return setStatus({ kind: "error", text: response.status === 400 ? refusal(answer.message ?? "") : t("failed") });
        urls.push(...answer.urls);
      }
      setPhotos((current) => [...current, ...urls].slice(0, max));
      setStatus({ kind: "idle" });
    } catch {
      setStatus({ kind: "error", text: t("failed") });
    }
  }

  return (
    <div className={`field photo-upload${status.kind === "error" ? " field--invalid" : ""}`}>
      {photos.map((url) => (
        <input key={url} type="hidden" name={name} value={url} />
      ))}
      <label htmlFor={`${id}-photos`}>{label}</label>
      <p id={`${id}-photos-hint`} className="field__hint">
        {t("hint")}
      </p>
      {photos.length > 0 && (
        <ul className="buyer-review__photos photo-upload__list">
          {photos.map((url, i) => (
            <li key={url}>
              {/* The buyer's own photo just uploaded, served by the backend's file store: a plain img, as next/image would need that host in its optimiser list. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={url} alt={t("preview", { n: i + 1 })} width={72} height={72} />
              <button type="button" className="photo-upload__remove" onClick={() => setPhotos((current) => current.filter((u) => u !== url))}>
                {t("remove", { n: i + 1 })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {photos.length < max && (
        <input
          id={`${id}-photos`}
          type="file"
          multiple
          accept={ACCEPTED.join(",")}
          aria-describedby={`${id}-photos-hint ${id}-photos-status`}
          disabled={status.kind === "busy"}
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = "";
            if (files.length) void add(files);
          }}
        />
      )}
      <p id={`${id}-photos-status`} className="field__hint photo-upload__status" role="status">
        {status.kind === "busy" ? t("uploading") : status.kind === "error" ? status.text : ""}
      </p>
    </div>
  );
}
