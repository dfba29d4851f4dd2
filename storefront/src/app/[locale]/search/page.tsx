import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { GroupList } from "@/components/catalog/group-list";
import { BackendNotice } from "@/components/feedback/backend-notice";
import { EmptyState } from "@/components/feedback/empty-state";
import { ProductGrid } from "@/components/product/product-grid";
import { Pagination } from "@/components/search/pagination";
import { SearchFilters } from "@/components/search/search-filters";
import { localeAlternates } from "@/i18n/alternates";
import { pageLocale } from "@/i18n/locale";
import { searchProducts } from "@/lib/search";
import { hasFilters, parseSearchParams, SEARCH_PAGE_SIZE, type RawSearchParams } from "@/lib/search-params";

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
  const result = await searchProducts(query, locale);

  return (
    <div className="container search-page">
      <h1 className="search-page__title">{query.q ? t("resultsFor", { query: query.q }) : t("title")}</h1>
      <div className="search-page__layout">
        <SearchFilters query={query} />
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
              {!result.data.filtersApplied && hasFilters(query) && (
                <p className="notice notice--info">{t("filtersLimited")}</p>
              )}
              {result.data.products.length > 0 ? (
                <>
                  <ProductGrid products={result.data.products} />
                  <Pagination
                    page={query.page}
                    pages={Math.ceil(result.data.count / SEARCH_PAGE_SIZE)}
                    params={raw}
                  />
                </>
              ) : (
                <EmptyState title={t("emptyTitle")}>
                  <p>{t("emptyText")}</p>
                  <GroupList />
                </EmptyState>
              )}
            </>
          )}
        </section>
      </div>
    </div>
  );
}
