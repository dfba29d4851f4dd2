import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/** An unknown or deleted shelf: a 404 (search engines drop it) that still offers the catalog. */
export default function ShelfNotFound() {
  const t = useTranslations("Shelf");
  return (
    <div className="container page-message">
      <h1>{t("notFoundTitle")}</h1>
      <p>{t("notFoundText")}</p>
      <p>
        <Link href="/search" className="button">
          {t("more")}
        </Link>
      </p>
    </div>
  );
}
