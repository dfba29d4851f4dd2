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
