"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Link } from "@/i18n/navigation";

interface ErrorProps {
  error: unknown;
  /** Re-fetches and re-renders the page (Next 16.3+). */
  retry: () => void;
}

/** Anything unexpected while rendering a page: keep the header and footer, offer a retry. */
export default function LocaleError({ error, retry }: ErrorProps) {
  const t = useTranslations("Errors");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="container section page-message" role="alert">
      <h1>{t("errorTitle")}</h1>
      <p>{t("errorText")}</p>
      <p className="page-message__actions">
        <button type="button" className="button" onClick={retry}>
          {t("retry")}
        </button>
        <Link href="/" className="button button--quiet">
          {t("backHome")}
        </Link>
      </p>
    </div>
  );
}
