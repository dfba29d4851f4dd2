import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountNav } from "@/components/account/account-nav";
import { FavouritesShelf } from "@/components/favourites/favourites-shelf";
import { BackendNotice, BackendUnavailablePage } from "@/components/feedback/backend-notice";
import { EmptyState } from "@/components/feedback/empty-state";
import { ProductCard } from "@/components/product/product-card";
import { localeAlternates } from "@/i18n/alternates";
import { pageLocale } from "@/i18n/locale";
import { Link, redirect } from "@/i18n/navigation";
import { getCustomer } from "@/lib/customer";
import { listFavouriteProducts } from "@/lib/favourites";

interface FavouritesPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: FavouritesPageProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Favourites" });
  return { title: t("metaTitle"), alternates: localeAlternates("/account/favourites", locale), robots: { index: false } };
}

/** The customer's favourites (issue #18): cards with their hearts and a remove button. */
export default async function FavouritesPage({ params }: FavouritesPageProps) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Favourites" });
  const customer = await getCustomer();
  if (!customer.ok) return <BackendUnavailablePage title={t("title")} />;
  if (!customer.data) return redirect({ href: "/account?next=/account/favourites", locale });
  const favourites = await listFavouriteProducts();

  return (
    <div className="container section account-page">
      <h1 id="favourites-title" tabIndex={-1}>
        {t("title")}
      </h1>
      <AccountNav current="favourites" />
      <p>{t("intro")}</p>
      {!favourites.ok ? (
        <BackendNotice />
      ) : (
        <FavouritesShelf
          headingId="favourites-title"
          items={favourites.data.map((product) => ({ id: product.id, title: product.title, card: <ProductCard product={product} /> }))}
          empty={
            <EmptyState title={t("emptyTitle")}>
              <p>
                {t("emptyText")} <Link href="/search">{t("browse")}</Link>
              </p>
            </EmptyState>
          }
        />
      )}
    </div>
  );
}
