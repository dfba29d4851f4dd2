import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackendNotice, BackendUnavailablePage } from "@/components/feedback/backend-notice";
import { PartnerHeader } from "@/components/partner/partner-nav";
import { ShelfDetailsForm } from "@/components/partner/shelf-details-form";
import styles from "@/components/partner/partner.module.css";
import { localeAlternates } from "@/i18n/alternates";
import { pageLocale } from "@/i18n/locale";
import { Link } from "@/i18n/navigation";
import { listPartnerShelves } from "@/lib/partner/api";
import { activePartner } from "@/lib/partner/gate";

interface ShelvesPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: ShelvesPageProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "PartnerPortal" });
  return { title: t("shelvesTitle"), alternates: localeAlternates("/partner/shelves", locale), robots: { index: false } };
}

export default async function PartnerShelvesPage({ params }: ShelvesPageProps) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "PartnerPortal" });
  const partner = await activePartner(locale);
  if (!partner) return <BackendUnavailablePage title={t("shelvesTitle")} />;
  const shelves = await listPartnerShelves();

  return (
    <div className={`container ${styles.page}`}>
      <PartnerHeader partner={partner} locale={locale} current="shelves" />
      <h1>{t("shelvesTitle")}</h1>
      <p className={styles.muted}>{t("shelvesIntro")}</p>
      {!shelves.ok ? (
        <BackendNotice />
      ) : shelves.data.length === 0 ? (
        <p>{t("noShelves")}</p>
      ) : (
        <ul className={styles.shelfList}>
          {shelves.data.map((shelf) => (
            <li key={shelf.id} className={styles.shelfItem} data-shelf-id={shelf.id}>
              <div>
                <h3 lang={locale}>{shelf.title[locale] || shelf.title.vi}</h3>
                <p className={styles.muted}>{t("products", { count: shelf.productIds.length })}</p>
              </div>
              <Link href={`/partner/shelves/${shelf.id}`} className="button button--quiet button--small">
                {t("edit")}
                <span className="visually-hidden">: {shelf.title[locale] || shelf.title.vi}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <section className="panel" aria-labelledby="new-shelf-title">
        <h2 id="new-shelf-title">{t("newShelf")}</h2>
        <ShelfDetailsForm shelf={null} />
      </section>
    </div>
  );
}
