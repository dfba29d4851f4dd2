import { getGroup, getUnit } from "@ocop/core";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { formatMoney } from "@/lib/money";
import { searchUrlParams, withoutFilter, withoutFilters, type SearchQuery } from "@/lib/search-params";
import type { SearchFacets } from "@/lib/search-map";

interface ActiveFiltersProps {
  query: SearchQuery;
  facets: SearchFacets | null;
}

/** The filters in force, each a link that removes it, and one that removes them all. */
export function ActiveFilters({ query, facets }: ActiveFiltersProps) {
  const t = useTranslations("Search");
  const tr = useTranslations("Reviews");
  const locale = useLocale();
  const vnd = (amount: number) => formatMoney({ amount, currencyCode: "vnd" }, locale);
  const chips: { key: string; label: string; next: SearchQuery }[] = [];

  if (query.group) chips.push({ key: "group", label: getGroup(query.group)?.[locale] ?? query.group, next: withoutFilter(query, "group") });
  for (const stars of query.stars) {
    chips.push({ key: `stars-${stars}`, label: t("starsOption", { stars }), next: withoutFilter(query, "stars", stars) });
  }
  if (query.commune) {
    chips.push({ key: "commune", label: getUnit(query.commune)?.fullName ?? query.commune, next: withoutFilter(query, "commune") });
  }
  if (query.producer) {
    const name = facets?.producer.find((p) => p.value === query.producer)?.label ?? query.producer;
    chips.push({ key: "producer", label: name, next: withoutFilter(query, "producer") });
  }
  if (query.minRating !== null) {
    chips.push({ key: "rating", label: tr("filterChip", { rating: query.minRating }), next: withoutFilter(query, "rating") });
  }
  if (query.priceMin !== null || query.priceMax !== null) {
    const label =
      query.priceMin !== null && query.priceMax !== null
        ? t("priceBetween", { min: vnd(query.priceMin), max: vnd(query.priceMax) })
        : query.priceMin !== null
          ? t("priceFrom", { min: vnd(query.priceMin) })
          : t("priceUpTo", { max: vnd(query.priceMax ?? 0) });
    chips.push({ key: "price", label, next: withoutFilter(query, "price") });
  }
  if (chips.length === 0) return null;

  return (
    <div className="active-filters">
      <p className="visually-hidden">{t("activeFilters")}</p>
      <ul className="active-filters__list">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link
              href={{ pathname: "/search", query: searchUrlParams(chip.next) }}
              className="active-filters__chip"
              aria-label={t("removeFilter", { filter: chip.label })}
            >
              {chip.label}
              <span aria-hidden="true"> ×</span>
            </Link>
          </li>
        ))}
      </ul>
      {chips.length > 1 && (
        <Link href={{ pathname: "/search", query: searchUrlParams(withoutFilters(query)) }} className="active-filters__clear">
          {t("reset")}
        </Link>
      )}
    </div>
  );
}
