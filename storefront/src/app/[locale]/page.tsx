import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { GroupList } from "@/components/catalog/group-list";
import { BackendNotice } from "@/components/feedback/backend-notice";
import { EmptyState } from "@/components/feedback/empty-state";
import { LoadingBlock } from "@/components/feedback/loading-block";
import { HomeSection } from "@/components/home/home-section";
import { PlaceList } from "@/components/home/place-list";
import { ProducerList } from "@/components/home/producer-list";
import { ProductGrid } from "@/components/product/product-grid";
import { localeAlternates } from "@/i18n/alternates";
import { ClientMessages } from "@/i18n/client-messages";
import { pageLocale } from "@/i18n/locale";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { originPlaces } from "@/lib/places";
import { listProducers } from "@/lib/producers";
import { browseCatalog } from "@/lib/search";

const SHELF_SIZE = 8;
const EXPERIENCE_COUNT = 4;
const PLACE_COUNT = 12;
const PRODUCER_COUNT = 8;

interface HomeProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: HomeProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return { title: { absolute: t("homeTitle") }, description: t("description"), alternates: localeAlternates("/", locale) };
}

/** The shop window: the hero at once, then the shelves streamed in when the catalog answers. */
export default async function HomePage({ params }: HomeProps) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Home" });
  return (
    <ClientMessages scope="home">
      <section className="hero">
        <div className="container">
          <h1 className="hero__title">{t("heroTitle")}</h1>
          <p className="hero__text">{t("heroText")}</p>
          <Link href="/search" className="button button--light">
            {t("heroSearch")}
          </Link>
        </div>
      </section>
      <Suspense fallback={<LoadingBlock />}>
        <HomeShelves locale={locale} />
      </Suspense>
    </ClientMessages>
  );
}

/**
 * Everything comes from the OCOP search API (certified products in force only) and the producers API,
 * asked at once: five-star products, experiences, and the whole catalog's newest products whose
 * facets also count the groups and places.
 */
async function HomeShelves({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Home" });
  const [fiveStar, experiences, catalog, producers] = await Promise.all([
    browseCatalog({ stars: [5] }, locale, SHELF_SIZE),
    browseCatalog({ group: "tourism" }, locale, EXPERIENCE_COUNT),
    browseCatalog({ sort: "newest" }, locale, SHELF_SIZE),
    listProducers(PRODUCER_COUNT),
  ]);
  const facets = catalog.ok ? catalog.data.facets : null;
  const groupCounts = facets ? new Map(facets.group.map((g) => [g.value, g.count])) : undefined;
  const places = facets ? originPlaces(facets.commune, locale, PLACE_COUNT) : [];

  return (
    <>
      {!catalog.ok && (
        <div className="container section">
          <BackendNotice />
        </div>
      )}

      {fiveStar.ok && fiveStar.data.products.length > 0 && (
        <HomeSection
          id="five-star"
          title={t("fiveStarTitle")}
          intro={t("fiveStarIntro")}
          more={{ href: "/search?stars=5", label: t("fiveStarAll", { count: fiveStar.data.count }) }}
        >
          <ProductGrid products={fiveStar.data.products} />
        </HomeSection>
      )}

      <HomeSection id="groups" title={t("groupsTitle")} intro={t("groupsIntro")}>
        <GroupList counts={groupCounts} />
      </HomeSection>

      {experiences.ok && experiences.data.products.length > 0 && (
        <HomeSection
          id="experiences"
          title={t("experiencesTitle")}
          intro={t("experiencesIntro")}
          more={{ href: "/search?group=tourism", label: t("experiencesAll", { count: experiences.data.count }) }}
        >
          <ProductGrid products={experiences.data.products} />
        </HomeSection>
      )}

      {places.length > 0 && (
        <HomeSection id="places" title={t("placesTitle")} intro={t("placesIntro")}>
          <PlaceList places={places} />
        </HomeSection>
      )}

      {producers.ok && producers.data.length > 0 && (
        <HomeSection id="producers" title={t("producersTitle")} intro={t("producersIntro")}>
          <ProducerList producers={producers.data} />
        </HomeSection>
      )}

      {catalog.ok && (
        <HomeSection
          id="featured"
          title={t("featuredTitle")}
          more={
            catalog.data.count > catalog.data.products.length
              ? { href: "/search?sort=newest", label: t("viewAll") }
              : undefined
          }
        >
          {catalog.data.products.length > 0 ? (
            <ProductGrid products={catalog.data.products} />
          ) : (
            <EmptyState>
              <p>{t("emptyCatalog")}</p>
            </EmptyState>
          )}
        </HomeSection>
      )}
    </>
  );
}
