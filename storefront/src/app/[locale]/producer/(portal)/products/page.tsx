import type { Metadata } from "next";
import { formatVnd } from "@ocop/core";
import { getTranslations } from "next-intl/server";
import { CertificateBadge } from "@/components/producer-portal/certificate-badge";
import { PortalTitle } from "@/components/producer-portal/portal-shell";
import { pageLocale } from "@/i18n/locale";
import { Link } from "@/i18n/navigation";
import { listProducts, pageRead } from "@/lib/producer-portal/data";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ archived?: string; q?: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  return { title: t("nav.products") };
}

export default async function ProducerProductsPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  const { archived: archivedParam, q } = await searchParams;
  const archived = archivedParam === "true";
  const { products, count } = await pageRead(locale, () => listProducts({ archived, q: q?.trim() || undefined, limit: 200 }));

  return (
    <>
      <PortalTitle>{t("products.title")}</PortalTitle>
      {archivedParam === "1" && (
        <p className="notice notice--success" role="status">
          {t("products.archivedNote")}
        </p>
      )}
      <div className="pp-toolbar">
        <form className="pp-toolbar__search" role="search">
          {archived && <input type="hidden" name="archived" value="true" />}
          <label htmlFor="pp-product-q" className="visually-hidden">
            {t("products.search")}
          </label>
          <input id="pp-product-q" name="q" type="search" defaultValue={q ?? ""} placeholder={t("products.search")} />
          <button type="submit" className="button button--quiet button--small">
            {t("products.searchButton")}
          </button>
        </form>
        <Link href="/producer/products/new" className="button">
          {t("products.new")}
        </Link>
        <Link href="/producer/products/import" className="button button--quiet">
          {t("products.import")}
        </Link>
      </div>
      <p className="pp-tabs">
        <Link href="/producer/products" aria-current={!archived ? "page" : undefined}>
          {t("products.onSale")}
        </Link>
        <Link href="/producer/products?archived=true" aria-current={archived ? "page" : undefined}>
          {t("products.archived")}
        </Link>
      </p>
      {products.length === 0 ? (
        <p className="pp-empty panel">{archived ? t("products.noneArchived") : t("products.none")}</p>
      ) : (
        <>
          <p className="pp-count">{t("products.count", { count })}</p>
          <ul className="pp-cards">
            {products.map((p) => {
              const prices = p.variants.map((v) => v.price).filter((x): x is number => x !== null);
              const managed = p.variants.some((v) => v.manage_inventory);
              const stock = p.variants.reduce((n, v) => n + (v.available_quantity ?? 0), 0);
              return (
                <li key={p.id} className="pp-card">
                  {p.thumbnail ? (
                    // A plain <img>: a small list thumbnail from the backend's file URL, shown as stored.
                    <img src={p.thumbnail} alt="" className="pp-card__image" loading="lazy" />
                  ) : (
                    <span className="pp-card__image pp-card__image--empty" aria-hidden="true" />
                  )}
                  <div className="pp-card__body">
                    <Link href={`/producer/products/${p.id}`} className="pp-card__title">
                      {p.title}
                    </Link>
                    <p className="pp-card__meta">
                      <span className={`pp-pill pp-pill--${p.archived ? "archived" : p.status}`}>
                        {t(`productStatus.${p.archived ? "archived" : p.status}`)}
                      </span>
                      <CertificateBadge product={p} locale={locale} />
                    </p>
                    <p className="pp-card__facts">
                      {prices.length ? formatVnd(Math.min(...prices), locale) : "—"}
                      {prices.length > 1 ? ` – ${formatVnd(Math.max(...prices), locale)}` : ""} ·{" "}
                      {t("products.variants", { count: p.variants.length })}
                      {managed ? ` · ${t("stock.available", { count: stock })}` : ""}
                    </p>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
