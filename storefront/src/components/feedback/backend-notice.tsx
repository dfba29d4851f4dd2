import { useTranslations } from "next-intl";

/** Shown in place of catalog content when the backend cannot be reached. */
export function BackendNotice() {
  const t = useTranslations("Errors");
  return (
    <div className="notice notice--warning" role="status">
      <p className="notice__title">{t("backendTitle")}</p>
      <p>{t("backendText")}</p>
    </div>
  );
}

/** A whole page that could not load its data: its heading, then the notice. */
export function BackendUnavailablePage({ title, hideTitle = false }: { title: string; hideTitle?: boolean }) {
  return (
    <div className="container section">
      <h1 className={hideTitle ? "visually-hidden" : undefined}>{title}</h1>
      <BackendNotice />
    </div>
  );
}
