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
