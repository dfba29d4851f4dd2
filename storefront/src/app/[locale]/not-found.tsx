"use client";

// A client component: it gets no params to name its locale, and next-intl's server APIs would read
// it from the request's headers, which keeps every page below [locale] out of the page cache. Its
// messages come from the layout's provider ("Errors" in the site scope).
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export default function LocaleNotFound() {
  const t = useTranslations("Errors");
  return (
    <div className="container section page-message">
      <h1>{t("notFoundTitle")}</h1>
      <p>{t("notFoundText")}</p>
      <p className="page-message__actions">
        <Link href="/" className="button">
          {t("backHome")}
        </Link>
        <Link href="/search" className="button button--quiet">
          {t("searchInstead")}
        </Link>
      </p>
    </div>
  );
}
