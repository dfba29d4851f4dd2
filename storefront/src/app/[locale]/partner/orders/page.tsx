import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackendNotice, BackendUnavailablePage } from "@/components/feedback/backend-notice";
import { OrdersTable } from "@/components/partner/orders-table";
import { PartnerHeader } from "@/components/partner/partner-nav";
import styles from "@/components/partner/partner.module.css";
import { localeAlternates } from "@/i18n/alternates";
import { pageLocale } from "@/i18n/locale";
import { Link } from "@/i18n/navigation";
import { listPartnerOrders } from "@/lib/partner/api";
import { activePartner } from "@/lib/partner/gate";

interface OrdersPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ page?: string | string[] }>;
}

const PAGE_SIZE = 20;

export async function generateMetadata({ params }: OrdersPageProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "PartnerPortal" });
  return { title: t("ordersTitle"), alternates: localeAlternates("/partner/orders", locale), robots: { index: false } };
}

export default async function PartnerOrdersPage({ params, searchParams }: OrdersPageProps) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "PartnerPortal" });
  const partner = await activePartner(locale);
  if (!partner) return <BackendUnavailablePage title={t("ordersTitle")} />;
  const raw = (await searchParams).page;
  const requested = Number(Array.isArray(raw) ? raw[0] : raw);
  const page = Number.isSafeInteger(requested) && requested > 0 ? requested : 1;
  const orders = await listPartnerOrders(PAGE_SIZE, (page - 1) * PAGE_SIZE);
  const pages = orders.ok ? Math.max(1, Math.ceil(orders.data.count / PAGE_SIZE)) : 1;

  return (
    <div className={`container ${styles.page}`}>
      <PartnerHeader partner={partner} locale={locale} current="orders" />
      <h1>{t("ordersTitle")}</h1>
      <p className={styles.muted}>{t("ordersIntro")}</p>
      {!orders.ok ? (
        <BackendNotice />
      ) : orders.data.orders.length === 0 ? (
        <p>{t("noOrders")}</p>
      ) : (
        <>
          <OrdersTable orders={orders.data.orders} locale={locale} />
          {pages > 1 && (
            <nav className={styles.pager} aria-label={t("ordersTitle")}>
              {page > 1 && <Link href={`/partner/orders?page=${page - 1}`}>{t("previous")}</Link>}
              <span>{t("pageOf", { page, pages })}</span>
              {page < pages && <Link href={`/partner/orders?page=${page + 1}`}>{t("next")}</Link>}
            </nav>
          )}
        </>
      )}
    </div>
  );
}
