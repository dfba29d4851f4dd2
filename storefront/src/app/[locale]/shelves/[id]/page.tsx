import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { BackendUnavailablePage } from "@/components/feedback/backend-notice";
import { ShelfProductCard } from "@/components/partner/shelf-product-card";
import styles from "@/components/partner/partner.module.css";
import { localeAlternates } from "@/i18n/alternates";
import { pageLocale } from "@/i18n/locale";
import { getPathname, Link } from "@/i18n/navigation";
import { getPublicShelf } from "@/lib/partner/api";
import { withRef } from "@/lib/partner/map";

interface ShelfPageProps {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata({ params }: ShelfPageProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { id } = await params;
  const shelf = await getPublicShelf(id, locale);
  if (!shelf.ok || !shelf.data) return { robots: { index: false } };
  const t = await getTranslations({ locale, namespace: "Shelf" });
  return {
    title: shelf.data.title,
    description: shelf.data.note ?? t("chosenBy", { partner: shelf.data.partnerName }),
    alternates: localeAlternates(`/shelves/${id}`, locale),
  };
}

/** A partner's shelf: its name, note and products; every link carries the partner's code. */
export default async function ShelfPage({ params }: ShelfPageProps) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const t = await getTranslations({ locale, namespace: "Shelf" });
  const result = await getPublicShelf(id, locale);
  if (!result.ok) return <BackendUnavailablePage title={t("notFoundTitle")} hideTitle />;
  const shelf = result.data;
  if (!shelf) notFound();
  const code = shelf.referralCode;
  return (
    <div className={`container ${styles.page}`} data-shelf-id={shelf.id}>
      <header className={styles.shelfHead}>
        <p className={styles.chosenBy}>{t("chosenBy", { partner: shelf.partnerName })}</p>
        <h1>{shelf.title}</h1>
        {shelf.note && <p className={styles.note}>{shelf.note}</p>}
      </header>
      {shelf.products.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="product-grid">
          {shelf.products.map((product) => (
            <ShelfProductCard key={product.id} product={product} href={withRef(getPathname({ href: `/products/${product.handle}`, locale }), code)} />
          ))}
        </div>
      )}
      <p>
        <a href={withRef(getPathname({ href: "/search", locale }), code)} className="button button--quiet">
          {t("more")}
        </a>
      </p>
    </div>
  );
}
