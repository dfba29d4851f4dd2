"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import type { PortalPhoto } from "@/lib/producer-portal/types";

// Kept in step with the backend (@ocop/core product-photos, src/api/producer/uploads/receive-images.ts),
// which decides: these only spare a producer a round trip.
const MAX_PHOTOS = 8;
const MAX_BYTES = 5 * 1024 * 1024;

type Status = { kind: "idle" | "busy" | "done" | "error"; text?: string };

/** Moves the item at `from` to `to`. */
function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = list.slice();
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/**
 * A product's photos: add several, reorder by dragging or with the arrow buttons, alt texts in
 * Vietnamese and English, delete. Each change goes to the portal's photo routes at once
 * (src/app/[locale]/producer/(portal)/products/[id]/photos), which pass it on to the backend.
 */
export function PhotoManager({ productId, initial }: { productId: string; initial: PortalPhoto[] }) {
  const t = useTranslations("ProducerPortal.photos");
  const locale = useLocale();
  const [photos, setPhotos] = useState(initial);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [dragging, setDragging] = useState<number | null>(null);
  const base = `/${locale}/producer/products/${encodeURIComponent(productId)}/photos`;
  const busy = status.kind === "busy";

  async function send(path: string, init: RequestInit, doneText: string, busyText = t("busy")) {
    setStatus({ kind: "busy", text: busyText });
    try {
      const response = await fetch(base + path, init);
      const answer = (await response.json().catch(() => ({}))) as { photos?: PortalPhoto[]; message?: string };
      if (!response.ok || !answer.photos) {
        return setStatus({ kind: "error", text: response.status < 500 && answer.message ? t("refused", { detail: answer.message }) : t("failed") });
      }
      setPhotos(answer.photos);
      setStatus({ kind: "done", text: doneText });
    } catch {
      setStatus({ kind: "error", text: t("failed") });
    }
  }

  const json = (method: "POST" | "DELETE", body?: unknown): RequestInit => ({
    method,
    headers: { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

  function upload(files: File[]) {
    const room = MAX_PHOTOS - photos.length;
    if (files.length > room) return setStatus({ kind: "error", text: room > 0 ? t("tooMany", { room }) : t("full", { max: MAX_PHOTOS }) });
    const big = files.find((f) => f.size > MAX_BYTES);
    if (big) return setStatus({ kind: "error", text: t("tooLarge", { name: big.name }) });
    const body = new FormData();
    for (const file of files) body.append("files", file, file.name);
    void send("", { method: "POST", body }, t("uploaded"), t("uploading"));
  }

  function reorder(from: number, to: number) {
    if (from === to || to < 0 || to >= photos.length) return;
    const next = moved(photos, from, to);
    setPhotos(next);
    void send("/order", json("POST", { ids: next.map((p) => p.id) }), t("ordered"));
  }

  return (
    <div className="pp-photos">
      <p className="panel__intro">{t("intro", { max: MAX_PHOTOS })}</p>
      <p className="pp-photos__count">{t("count", { count: photos.length, max: MAX_PHOTOS })}</p>
      {photos.length === 0 ? (
        <p className="pp-empty">{t("none")}</p>
      ) : (
        <ol className="pp-photos__list">
          {photos.map((photo, index) => {
            const number = index + 1;
            return (
              <li
                key={photo.id}
                className={`pp-photo${dragging === index ? " pp-photo--dragging" : ""}`}
                draggable={!busy}
                data-photo-id={photo.id}
                onDragStart={(e) => {
                  setDragging(index);
                  e.dataTransfer.effectAllowed = "move";
                  e.dataTransfer.setData("text/plain", String(index));
                }}
                onDragOver={(e) => e.preventDefault()}
                onDrop={(e) => {
                  e.preventDefault();
                  const from = Number(e.dataTransfer.getData("text/plain"));
                  setDragging(null);
                  if (Number.isInteger(from)) reorder(from, index);
                }}
                onDragEnd={() => setDragging(null)}
              >
                <div className="pp-photo__image" title={t("dragHint")}>
                  {/* A plain <img>: the portal shows the backend's small WebP as it is. */}
                  <img src={photo.thumb_url} alt={photo[locale === "en" ? "alt_en" : "alt_vi"] ?? t("photo", { number })} width={96} height={96} />
                  <span className="pp-photo__number">{index === 0 ? t("first") : t("photo", { number })}</span>
                </div>
                <form
                  className="pp-photo__alts"
                  onSubmit={(e) => {
                    e.preventDefault();
                    const form = new FormData(e.currentTarget);
                    void send(`/${encodeURIComponent(photo.id)}`, json("POST", { alt_vi: form.get("alt_vi"), alt_en: form.get("alt_en") }), t("altSaved"));
                  }}
                >
                  <div className="field">
                    <label htmlFor={`pp-alt-vi-${photo.id}`}>{t("altVi")}</label>
                    <input id={`pp-alt-vi-${photo.id}`} name="alt_vi" defaultValue={photo.alt_vi ?? ""} maxLength={300} lang="vi" />
                  </div>
                  <div className="field">
                    <label htmlFor={`pp-alt-en-${photo.id}`}>{t("altEn")}</label>
                    <input id={`pp-alt-en-${photo.id}`} name="alt_en" defaultValue={photo.alt_en ?? ""} maxLength={300} lang="en" />
                  </div>
                  <button type="submit" className="button button--quiet button--small" disabled={busy}>
                    {t("saveAlt")}
                  </button>
                </form>
                <div className="pp-photo__actions">
                  <button type="button" className="button button--quiet button--small" aria-label={t("up", { number })} disabled={busy || index === 0} onClick={() => reorder(index, index - 1)}>
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    aria-label={t("down", { number })}
                    disabled={busy || index === photos.length - 1}
                    onClick={() => reorder(index, index + 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button--quiet button--small pp-photo__delete"
                    aria-label={t("delete", { number })}
                    disabled={busy}
                    onClick={() => {
                      if (window.confirm(t("confirmDelete"))) void send(`/${encodeURIComponent(photo.id)}`, json("DELETE"), t("deleted"));
                    }}
                  >
                    ✕
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {photos.length < MAX_PHOTOS ? (
        <div className="field pp-image">
          <label htmlFor="pp-photo-files">{t("choose")}</label>
          <input
            id="pp-photo-files"
            type="file"
            multiple
            accept="image/jpeg,image/png,image/webp"
            disabled={busy}
            onChange={(e) => {
              const files = Array.from(e.currentTarget.files ?? []);
              e.currentTarget.value = "";
              if (files.length) upload(files);
            }}
          />
        </div>
      ) : (
        <p className="field__hint">{t("full", { max: MAX_PHOTOS })}</p>
      )}
      <p className={status.kind === "error" ? "field__error" : "field__hint"} role="status">
        {status.text ?? ""}
      </p>
    </div>
  );
}
