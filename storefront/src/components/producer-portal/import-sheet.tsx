"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Link } from "@/i18n/navigation";

type RowError = { row: number; column: string | null; message: string };
type Preview = {
  ok: boolean;
  row_count: number;
  rows_with_errors: number;
  errors: RowError[];
  products: Array<{ rows: number[]; title: string; handle: string | null; variants: Array<{ title: string; price: number; stock: number }> }>;
};
/** What the import route answers: a dry run's preview, an import's count, or a refusal's message and rows. */
type Answer = Partial<Preview> & { dry_run?: boolean; imported?: number; message?: string };
type Stage =
  | { kind: "idle" }
  | { kind: "checking"; sent: number }
  | { kind: "preview"; preview: Preview }
  | { kind: "importing"; sent: number; count: number }
  | { kind: "done"; imported: number }
  | { kind: "refused"; message: string; errors: RowError[] };

/** POSTs the sheet's bytes to the portal's import route; `onSent` follows the upload (0–1). */
function send(locale: string, sheet: ArrayBuffer, dryRun: boolean, onSent: (share: number) => void): Promise<{ status: number; body: Answer | null }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/${locale}/producer/products/import/sheet${dryRun ? "?dry_run=true" : ""}`);
    xhr.setRequestHeader("content-type", "text/csv");
    xhr.upload.onprogress = (e) => e.lengthComputable && onSent(e.loaded / e.total);
    xhr.onload = () => {
      let body: Answer | null = null;
      try {
        body = JSON.parse(xhr.responseText) as Answer;
      } catch {}
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => resolve({ status: 0, body: null });
    xhr.send(sheet);
  });
}

/**
 * The CSV import's steps: choose a file → the backend checks every row and saves nothing (a dry
 * run) → the producer reads the problems, or the products to be made → imports all or none.
 * The file goes as its own bytes: the backend finds its encoding (UTF-8, UTF-16, Windows-1258).
 */
export function ImportSheet() {
  const t = useTranslations("ProducerPortal.import");
  const locale = useLocale();
  const [sheet, setSheet] = useState<ArrayBuffer | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: "idle" });
  const failed = (status: number, body: Answer | null): Stage => ({
    kind: "refused",
    message: status === 400 || status === 401 || status === 403 ? String(body?.message ?? t("failed")) : t("failed"),
    errors: Array.isArray(body?.errors) ? body.errors : [],
  });

  async function check(file: File) {
    const bytes = await file.arrayBuffer();
    setSheet(bytes);
    setStage({ kind: "checking", sent: 0 });
    const { status, body } = await send(locale, bytes, true, (sent) => setStage({ kind: "checking", sent }));
    setStage(status === 200 && body?.dry_run ? { kind: "preview", preview: body as Preview } : failed(status, body));
  }

  async function commit(count: number) {
    if (!sheet) return;
    setStage({ kind: "importing", sent: 0, count });
    const { status, body } = await send(locale, sheet, false, (sent) => setStage({ kind: "importing", sent, count }));
    setStage(status === 200 && typeof body?.imported === "number" ? { kind: "done", imported: body.imported } : failed(status, body));
  }

  const busy = stage.kind === "checking" || stage.kind === "importing";
  const preview = stage.kind === "preview" ? stage.preview : null;
  const errors = preview?.errors ?? (stage.kind === "refused" ? stage.errors : []);
  return (
    <div className="pp-import">
      <div className="field">
        <label htmlFor="pp-import-file">{t("choose")}</label>
        <p id="pp-import-hint" className="field__hint">
          {t("chooseHint")}
        </p>
        <input
          id="pp-import-file"
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          disabled={busy}
          aria-describedby="pp-import-hint"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void check(file);
          }}
        />
      </div>

      {busy && (
        <div className="pp-import__progress" role="status">
          <label htmlFor="pp-import-progress">{stage.kind === "checking" ? t("checking") : t("importing", { count: stage.count })}</label>
          {/* The upload fills the first half; the server's work has no measure, so the bar then waits, indeterminate. */}
          <progress id="pp-import-progress" max={1} value={stage.sent < 1 ? stage.sent / 2 : undefined} />
        </div>
      )}

      {stage.kind === "refused" && (
        <p className="notice notice--error" role="alert" id="pp-import-refused">
          {stage.message}
        </p>
      )}

      {preview && !preview.ok && (
        <p className="notice notice--error" role="alert" id="pp-import-summary">
          {t("rowsWithErrors", { count: preview.rows_with_errors, total: preview.row_count })}
        </p>
      )}

      {errors.length > 0 && (
        <table className="pp-table pp-import__errors" id="pp-import-errors">
          <caption>{t("errorsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("row")}</th>
              <th scope="col">{t("column")}</th>
              <th scope="col">{t("problem")}</th>
            </tr>
          </thead>
          <tbody>
            {errors.map((e, i) => (
              <tr key={i} data-row={e.row}>
                <td>{e.row}</td>
                <td>{e.column ?? "—"}</td>
                <td>{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {preview?.ok && (
        <section className="pp-import__preview" aria-labelledby="pp-import-ready">
          <p className="notice notice--success" id="pp-import-ready" role="status">
            {t("ready", { products: preview.products.length, rows: preview.row_count })}
          </p>
          <ul className="pp-import__list">
            {preview.products.map((p) => (
              <li key={p.rows[0]}>
                <strong>{p.title}</strong> · {t("variants", { count: p.variants.length })}
                {p.variants.length > 1 ? ` (${p.variants.map((v) => v.title).join(", ")})` : ""}
              </li>
            ))}
          </ul>
          <button type="button" className="button" id="pp-import-commit" onClick={() => void commit(preview.products.length)}>
            {t("commit", { count: preview.products.length })}
          </button>
        </section>
      )}

      {stage.kind === "done" && (
        <p className="notice notice--success" role="status" id="pp-import-done">
          {t("done", { count: stage.imported })} <Link href="/producer/products">{t("toProducts")}</Link>
        </p>
      )}
    </div>
  );
}
