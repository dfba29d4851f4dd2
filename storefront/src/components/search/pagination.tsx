import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { RawSearchParams } from "@/lib/search-params";

interface PaginationProps {
  page: number;
  pages: number;
  /** The current URL parameters, kept on every page link. */
  params: RawSearchParams;
}

function hrefFor(params: RawSearchParams, page: number) {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(params)) if (value !== undefined && key !== "page") query[key] = value;
  if (page > 1) query.page = String(page);
  return { pathname: "/search", query };
}

export function Pagination({ page, pages, params }: PaginationProps) {
  const t = useTranslations("Search");
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t("pagination")}>
      {page > 1 ? (
        <Link href={hrefFor(params, page - 1)} rel="prev" className="button button--quiet">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="pagination__status">{t("page", { page, pages })}</span>
      {page < pages ? (
        <Link href={hrefFor(params, page + 1)} rel="next" className="button button--quiet">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
