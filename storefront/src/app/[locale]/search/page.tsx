import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { BackendNotice } from "@/components/feedback/backend-notice";
import { LoadingBlock } from "@/components/feedback/loading-block";
import { ProductGrid } from "@/components/product/product-grid";
import { ActiveFilters } from "@/components/search/active-filters";
import { EmptyResults } from "@/components/search/empty-results";
import { Pagination } from "@/components/search/pagination";
import { SearchFilters } from "@/components/search/search-filters";
import { localeAlternates } from "@/i18n/alternates";
import { pageLocale } from "@/i18n/locale";
import { redirect } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { searchProducts } from "@/lib/search";
import {
  activeFilterCount,
  hasFilters,
  isUntidy,
  parseSearchParams,
  SEARCH_PAGE_SIZE,
  searchUrlParams,
  withoutFilters,
  type RawSearchParams,
  type SearchQuery,
} from "@/lib/search-params";

interface SearchPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<RawSearchParams>;
}

export async function generateMetadata({ params, searchParams }: SearchPageProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const { q } = parseSearchParams(await searchParams);
  return {
    title: q ? t("searchTitleWithQuery", { query: q }) : t("searchTitle"),
    description: t("searchDescription"),
    alternates: localeAlternates("/search", locale),
    // Result pages are endless combinations of parameters: let engines index the products instead.
    ...(q ? { robots: { index: false, follow: true } } : {}),
  };
}

export default async function SearchPage({ params, searchParams }: SearchPageProps) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Search" });
  const raw = await searchParams;
  const query = parseSearchParams(raw);
  // The filter form sends every field, empty ones too: keep the shared URL short and canonical.
  if (isUntidy(raw, query)) redirect({ href: { pathname: "/search", query: searchUrlParams(query) }, locale });

  // The title goes out at once; the filters and results stream in when the search API answers.
  return (
    <div className="container search-page">
      <h1 className="search-page__title">{query.q ? t("resultsFor", { query: query.q }) : t("title")}</h1>
      <Suspense fallback={<LoadingBlock />}>
        <SearchResults query={query} locale={locale} />
      </Suspense>
    </div>
  );
}

async function SearchResults({ query, locale }: { query: SearchQuery; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Search" });
  const result = await searchProducts(query, locale);
  const facets = result.ok ? result.data.facets : null;
  const filtered = hasFilters(query);
  // Nothing with the filters: tell the shopper whether the words alone would find something.
  const unfiltered =
    result.ok && result.data.count === 0 && filtered ? await searchProducts(withoutFilters(query), locale, 1) : null;
  const activeCount = activeFilterCount(query);

  return (
    <div className="search-page__layout">
      {/* Closed on phones (the chips above the results show what is in use); always open beside them. */}
      <details className="filters-panel">
        <summary className="filters-panel__toggle">
          {activeCount > 0 ? t("filtersToggleActive", { count: activeCount }) : t("filtersToggle")}
        </summary>
        <SearchFilters query={query} facets={facets} />
      </details>
      <section className="search-page__results" aria-labelledby="results-title">
        <h2 id="results-title" className="visually-hidden">
          {t("resultsTitle")}
        </h2>
        {!result.ok ? (
          <BackendNotice />
        ) : (
          <>
            <p className="search-page__count" role="status">
              {t("count", { count: result.data.count })}
            </p>
            <ActiveFilters query={query} facets={facets} />
            {!result.data.filtersApplied && filtered && <p className="notice notice--info">{t("filtersLimited")}</p>}
            {result.data.products.length > 0 ? (
              <>
                <ProductGrid products={result.data.products} />
                <Pagination
                  page={query.page}
                  pages={Math.ceil(result.data.count / SEARCH_PAGE_SIZE)}
                  params={searchUrlParams(query)}
                />
              </>
            ) : (
              <EmptyResults query={query} unfilteredCount={unfiltered?.ok ? unfiltered.data.count : null} />
            )}
          </>
        )}
      </section>
    </div>
  );
}
