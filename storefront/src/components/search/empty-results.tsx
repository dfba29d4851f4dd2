import { useTranslations } from "next-intl";
import { GroupList } from "@/components/catalog/group-list";
import { EmptyState } from "@/components/feedback/empty-state";
import { Link } from "@/i18n/navigation";
import { hasFilters, searchUrlParams, withoutFilters, type SearchQuery } from "@/lib/search-params";

interface EmptyResultsProps {
  query: SearchQuery;
  /** How many products the keywords find without any filter; null when not asked. */
  unfilteredCount: number | null;
}

/** Nothing matched: say why it may be, and offer ways on (fewer filters, other words, the groups). */
export function EmptyResults({ query, unfilteredCount }: EmptyResultsProps) {
  const t = useTranslations("Search");
  const ideas = t("ideas").split("|");
  const filtered = hasFilters(query);
  return (
    <EmptyState title={t("emptyTitle")}>
      {filtered && (
        <p>
          {unfilteredCount
            ? t.rich("emptyWithFilters", {
                count: unfilteredCount,
                link: (chunks) => (
                  <Link href={{ pathname: "/search", query: searchUrlParams(withoutFilters(query)) }}>{chunks}</Link>
                ),
              })
            : t.rich("emptyClearFilters", {
                link: (chunks) => (
                  <Link href={{ pathname: "/search", query: searchUrlParams(withoutFilters(query)) }}>{chunks}</Link>
                ),
              })}
        </p>
      )}
      <p>{t("emptyText")}</p>
      <p className="search-ideas">
        <span className="search-ideas__label">{t("ideasLabel")}</span>{" "}
        {ideas.map((idea) => (
          <Link key={idea} href={{ pathname: "/search", query: { q: idea } }} className="search-ideas__idea">
            {idea}
          </Link>
        ))}
      </p>
      <GroupList />
    </EmptyState>
  );
}
