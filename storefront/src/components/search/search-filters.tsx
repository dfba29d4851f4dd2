import Form from "next/form";
import { getUnit, PRODUCT_GROUPS, type CertifiableStars } from "@ocop/core";
import { useLocale, useTranslations } from "next-intl";
import { getPathname, Link } from "@/i18n/navigation";
import { formatMoney } from "@/lib/money";
import { SORTS, type SearchQuery } from "@/lib/search-params";
import type { FacetCount, SearchFacets } from "@/lib/search-map";

const STAR_CHOICES: readonly CertifiableStars[] = [5, 4, 3];

function countOf<T>(facet: readonly FacetCount<T>[] | undefined, value: T): number {
  return facet?.find((f) => f.value === value)?.count ?? 0;
}

/** A select's options: the facet's values by name, plus the chosen one even when nothing matches it. */
function optionsFor(facet: readonly FacetCount[], selected: string | null, nameOf: (value: string) => string) {
  const options = [...facet];
  if (selected && !options.some((o) => o.value === selected)) options.push({ value: selected, label: nameOf(selected), count: 0 });
  return options.sort((a, b) => a.label.localeCompare(b.label, "vi"));
}

interface FacetSelectProps {
  id: string;
  name: string;
  label: string;
  /** The first option, for no filter. */
  allLabel: string;
  selected: string | null;
  options: { value: string; text: string }[];
}

/** A facet with many values (places, producers) as a select whose options carry their counts. */
function FacetSelect({ id, name, label, allLabel, selected, options }: FacetSelectProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={selected ?? ""}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </div>
  );
}

interface SearchFiltersProps {
  query: SearchQuery;
  /** Counts over the current matches; null when the search API gave none. */
  facets: SearchFacets | null;
}

/**
 * Keywords, group, stars, place, producer, price and sort as one GET form: the URL is the search,
 * shareable and cacheable. Each choice shows how many products it would give.
 */
export function SearchFilters({ query, facets }: SearchFiltersProps) {
  const t = useTranslations("Search");
  const tr = useTranslations("Reviews");
  const locale = useLocale();
  const withCount = (label: string, count: number | null) => (count === null ? label : t("withCount", { label, count }));
  const communes = optionsFor(facets?.commune ?? [], query.commune, (code) => getUnit(code)?.fullName ?? code);
  const producers = optionsFor(facets?.producer ?? [], query.producer, (handle) => handle);
  const price = facets?.price ?? null;

  return (
    <Form action={getPathname({ href: "/search", locale })} className="filters" aria-labelledby="filters-title">
      <h2 id="filters-title" className="filters__title">
        {t("filtersTitle")}
      </h2>
      <div className="field">
        <label htmlFor="search-q">{t("query")}</label>
        <input id="search-q" type="search" name="q" defaultValue={query.q} enterKeyHint="search" />
      </div>
      <fieldset className="field field--choices field--stack">
        <legend>{t("group")}</legend>
        <label className="choice">
          <input type="radio" name="group" value="" defaultChecked={query.group === null} />
          {t("allGroups")}
        </label>
        {PRODUCT_GROUPS.map((group) => (
          <label key={group.slug} className="choice">
            <input type="radio" name="group" value={group.slug} defaultChecked={query.group === group.slug} />
            {withCount(group[locale], facets ? countOf(facets.group, group.slug) : null)}
          </label>
        ))}
      </fieldset>
      <fieldset className="field field--choices">
        <legend>{t("stars")}</legend>
        {STAR_CHOICES.map((stars) => (
          <label key={stars} className="choice">
            <input type="checkbox" name="stars" value={stars} defaultChecked={query.stars.includes(stars)} />
            {withCount(t("starsOption", { stars }), facets ? countOf(facets.stars, stars) : null)}
          </label>
        ))}
      </fieldset>
      <fieldset className="field field--choices">
        <legend>{tr("title")}</legend>
        <label className="choice">
          <input type="checkbox" name="min_rating" value={4} defaultChecked={query.minRating !== null} />
          {tr("filterOption", { rating: query.minRating ?? 4 })}
        </label>
      </fieldset>
      {facets && (
        <>
          <FacetSelect
            id="search-commune"
            name="commune"
            label={t("place")}
            allLabel={t("allPlaces")}
            selected={query.commune}
            options={communes.map((c) => ({ value: c.value, text: withCount(getUnit(c.value)?.fullName ?? c.label, c.count) }))}
          />
          <FacetSelect
            id="search-producer"
            name="producer"
            label={t("producer")}
            allLabel={t("allProducers")}
            selected={query.producer}
            options={producers.map((p) => ({ value: p.value, text: withCount(p.label, p.count) }))}
          />
        </>
      )}
      <fieldset className="field field--price">
        <legend>{t("price")}</legend>
        <div className="price-range">
          <label>
            <span>{t("priceMin")}</span>
            <input type="number" name="price_min" min={0} step={1} inputMode="numeric" defaultValue={query.priceMin ?? ""} />
          </label>
          <label>
            <span>{t("priceMax")}</span>
            <input type="number" name="price_max" min={0} step={1} inputMode="numeric" defaultValue={query.priceMax ?? ""} />
          </label>
        </div>
        {price && (
          <p className="field__hint">
            {t("priceRange", {
              min: formatMoney({ amount: price.min, currencyCode: "vnd" }, locale),
              max: formatMoney({ amount: price.max, currencyCode: "vnd" }, locale),
            })}
          </p>
        )}
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
