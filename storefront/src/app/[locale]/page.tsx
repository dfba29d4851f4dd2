import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { GroupList } from "@/components/catalog/group-list";
import { BackendNotice } from "@/components/feedback/backend-notice";
import { EmptyState } from "@/components/feedback/empty-state";
import { ProductGrid } from "@/components/product/product-grid";
import { localeAlternates } from "@/i18n/alternates";
import { pageLocale } from "@/i18n/locale";
import { Link } from "@/i18n/navigation";
import { listProducts } from "@/lib/products";

const FEATURED_COUNT = 12;

interface HomeProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: HomeProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return { title: { absolute: t("homeTitle") }, description: t("description"), alternates: localeAlternates("/", locale) };
}

export default async function HomePage({ params }: HomeProps) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Home" });
  const featured = await listProducts({ limit: FEATURED_COUNT });

  return (
    <>
      <section className="hero">
        <div className="container">
          <h1 className="hero__title">{t("heroTitle")}</h1>
          <p className="hero__text">{t("heroText")}</p>
          <Link href="/search" className="button button--light">
            {t("heroSearch")}
          </Link>
        </div>
      </section>

      <section className="container section" aria-labelledby="featured-title">
        <div className="section__head">
          <h2 id="featured-title">{t("featuredTitle")}</h2>
          {featured.ok && featured.data.count > featured.data.products.length && (
            <Link href="/search?sort=newest" className="section__more">
              {t("viewAll")}
            </Link>
          )}
        </div>
        {!featured.ok ? (
          <BackendNotice />
        ) : featured.data.products.length > 0 ? (
          <ProductGrid products={featured.data.products} />
        ) : (
          <EmptyState>
            <p>{t("emptyCatalog")}</p>
          </EmptyState>
        )}
      </section>

      <section className="container section" aria-labelledby="groups-title">
        <div className="section__head">
          <h2 id="groups-title">{t("groupsTitle")}</h2>
          <p className="section__intro">{t("groupsIntro")}</p>
        </div>
        <GroupList />
      </section>
    </>
  );
}
