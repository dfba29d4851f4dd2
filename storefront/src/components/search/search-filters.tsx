import Form from "next/form";
import { PRODUCT_GROUPS, type CertifiableStars } from "@ocop/core";
import { useLocale, useTranslations } from "next-intl";
import { getPathname, Link } from "@/i18n/navigation";
import { SORTS, type SearchQuery } from "@/lib/search-params";

const STAR_CHOICES: readonly CertifiableStars[] = [5, 4, 3];

/** Keywords, group, stars and sort as one GET form: the URL is the search, shareable and cacheable. */
export function SearchFilters({ query }: { query: SearchQuery }) {
  const t = useTranslations("Search");
  const locale = useLocale();
  return (
    <Form action={getPathname({ href: "/search", locale })} className="filters" aria-labelledby="filters-title">
      <h2 id="filters-title" className="filters__title">
        {t("filtersTitle")}
      </h2>
      <div className="field">
        <label htmlFor="search-q">{t("query")}</label>
        <input id="search-q" type="search" name="q" defaultValue={query.q} enterKeyHint="search" />
      </div>
      <div className="field">
        <label htmlFor="search-group">{t("group")}</label>
        <select id="search-group" name="group" defaultValue={query.group ?? ""}>
          <option value="">{t("allGroups")}</option>
          {PRODUCT_GROUPS.map((group) => (
            <option key={group.slug} value={group.slug}>
              {group[locale]}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field field--choices">
        <legend>{t("stars")}</legend>
        {STAR_CHOICES.map((stars) => (
          <label key={stars} className="choice">
            <input type="checkbox" name="stars" value={stars} defaultChecked={query.stars.includes(stars)} />
            {t("starsOption", { stars })}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="search-sort">{t("sort")}</label>
        <select id="search-sort" name="sort" defaultValue={query.sort}>
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`sortOptions.${sort}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__actions">
        <button type="submit" className="button">
          {t("apply")}
        </button>
        <Link href="/search" className="filters__reset">
          {t("reset")}
        </Link>
      </div>
    </Form>
  );
}
