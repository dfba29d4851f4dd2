import { useLocale, useTranslations } from "next-intl";
import { PRODUCT_GROUPS } from "@ocop/core";
import { Link } from "@/i18n/navigation";

interface GroupListProps {
  /** Products on sale per group slug, when known (from the search facets). */
  counts?: ReadonlyMap<string, number>;
}

/** The six OCOP product groups, each opening the search filtered to it. */
export function GroupList({ counts }: GroupListProps) {
  const locale = useLocale();
  const t = useTranslations("Search");
  return (
    <ul className="group-list">
      {PRODUCT_GROUPS.map((group) => (
        <li key={group.slug}>
          <Link
            href={{ pathname: "/search", query: { group: group.slug } }}
            className={`group-card group-card--${group.slug}`}
          >
            <span className="group-card__number" aria-hidden="true">
              {group.number}
            </span>
            <span className="group-card__name">{group[locale]}</span>
            <span className="group-card__subs">
              {group.subGroups
                .slice(0, 3)
                .map((sub) => sub[locale])
                .join(" · ")}
            </span>
            {counts && <span className="group-card__count">{t("productCount", { count: counts.get(group.slug) ?? 0 })}</span>}
          </Link>
        </li>
      ))}
    </ul>
  );
}
