"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";

const MAX_BYTES = 5 * 1024 * 1024;

/**
 * Chooses the product's picture: the file goes to the portal's upload route at once (the
 * backend checks it is a real JPEG, PNG or WebP of at most 5 MB), and its URL into the hidden
 * "thumbnail" field the product form sends.
 */
export function ImagePicker({ initialUrl }: { initialUrl: string | null }) {
  const t = useTranslations("ProducerPortal.image");
  const locale = useLocale();
  const [url, setUrl] = useState(initialUrl ?? "");
  const [status, setStatus] = useState<{ kind: "idle" | "busy" | "error" | "done"; text?: string }>({ kind: "idle" });

  async function upload(file: File) {
    if (file.size > MAX_BYTES) return setStatus({ kind: "error", text: t("tooLarge") });
    setStatus({ kind: "busy" });
    const body = new FormData();
    body.append("files", file, file.name);
    try {
      const response = await fetch(`/${locale}/producer/uploads`, { method: "POST", body });
      const answer = (await response.json().catch(() => ({}))) as { urls?: string[]; message?: string };
      if (!response.ok || !answer.urls?.[0]) {
        return setStatus({ kind: "error", text: response.status === 400 ? t("refused", { detail: answer.message ?? "" }) : t("failed") });
      }
      setUrl(answer.urls[0]);
      setStatus({ kind: "done" });
    } catch {
      setStatus({ kind: "error", text: t("failed") });
    }
  }

  return (
    <div className={`field pp-image${status.kind === "error" ? " field--invalid" : ""}`}>
      <label htmlFor="pp-image-file">{t("label")}</label>
      <p id="pp-image-hint" className="field__hint">
        {t("hint")}
      </p>
      <div className="pp-image__row">
        {url ? (
          // A plain <img>: the preview of the file just uploaded, before any product uses it.
          <img src={url} alt={t("preview")} className="pp-image__preview" />
        ) : (
          <span className="pp-image__preview pp-image__preview--empty" aria-hidden="true" />
        )}
        <input
          id="pp-image-file"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          aria-describedby="pp-image-hint pp-image-status"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void upload(file);
          }}
        />
      </div>
      <input type="hidden" name="thumbnail" value={url} />
      <p id="pp-image-status" className={status.kind === "error" ? "field__error" : "field__hint"} role="status">
        {status.kind === "busy" ? t("uploading") : status.kind === "done" ? t("uploaded") : status.kind === "error" ? status.text : ""}
      </p>
    </div>
  );
}
