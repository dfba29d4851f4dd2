import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { BackendNotice, BackendUnavailablePage } from "@/components/feedback/backend-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { CopySnippet } from "@/components/partner/copy-snippet";
import { PartnerHeader } from "@/components/partner/partner-nav";
import { ShelfDetailsForm } from "@/components/partner/shelf-details-form";
import styles from "@/components/partner/partner.module.css";
import { pageLocale } from "@/i18n/locale";
import { getPathname, Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { getPartnerShelf } from "@/lib/partner/api";
import { activePartner } from "@/lib/partner/gate";
import { withRef } from "@/lib/partner/map";
import type { PartnerShelfView } from "@/lib/partner/types";
import { searchProducts } from "@/lib/search";
import { parseSearchParams } from "@/lib/search-params";
import { siteUrl } from "@/lib/site-url";
import { deleteShelfAction, editShelfProductsAction } from "@/components/partner/actions";

interface ShelfEditorProps {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ q?: string | string[] }>;
}

export async function generateMetadata({ params }: ShelfEditorProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "PartnerPortal" });
  return { title: t("shelvesTitle"), robots: { index: false } };
}

export default async function ShelfEditorPage({ params, searchParams }: ShelfEditorProps) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const t = await getTranslations({ locale, namespace: "PartnerPortal" });
  const partner = await activePartner(locale);
  if (!partner) return <BackendUnavailablePage title={t("shelvesTitle")} />;
  const result = await getPartnerShelf(id);
  if (!result.ok) return <BackendUnavailablePage title={t("shelvesTitle")} />;
  const shelf = result.data;
  if (!shelf) notFound();

  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 200) ?? "";
  const hits = q ? await searchProducts({ ...parseSearchParams({}), q }, locale) : null;
  const title = shelf.title[locale] || shelf.title.vi;
  const code = partner.referralCode ?? "";
  const origin = (await siteUrl()).origin;
  const pageUrl = withRef(`${origin}${getPathname({ href: `/shelves/${shelf.id}`, locale })}`, code);
  const qrHref = (format: "png" | "svg", productId?: string) =>
    `${getPathname({ href: `/partner/shelves/${shelf.id}/qr`, locale })}?format=${format}${productId ? `&product_id=${encodeURIComponent(productId)}` : ""}`;
  const nameOf = (productId: string) => shelf.products[productId]?.title ?? null;

  return (
    <div className={`container ${styles.page}`}>
      <PartnerHeader partner={partner} locale={locale} current="shelves" />
      <p>
        <Link href="/partner/shelves">← {t("backToShelves")}</Link>
      </p>
      <h1 lang={locale}>{title}</h1>

      <section className="panel" aria-labelledby="shelf-details-title">
        <h2 id="shelf-details-title" className="visually-hidden">
          {t("edit")}
        </h2>
        <ShelfDetailsForm shelf={shelf} />
      </section>

      <section className="panel" aria-labelledby="shelf-products-title">
        <h2 id="shelf-products-title">{t("shelfProducts")}</h2>
        {shelf.productIds.length === 0 ? (
          <p>{t("shelfEmpty")}</p>
        ) : (
          <ol className={styles.items}>
            {shelf.productIds.map((productId, i) => (
              <li key={productId} className={styles.item} data-product-id={productId}>
                <span className={styles.itemTitle}>
                  {nameOf(productId) ?? productId}
                  {!shelf.products[productId]?.published && <em className={styles.muted}> · {t("unavailable")}</em>}
                </span>
                <span className={styles.itemButtons}>
                  {i > 0 && <EditButton shelf={shelf} productId={productId} edit="up" label={t("moveUp")} name={nameOf(productId)} />}
                  {i < shelf.productIds.length - 1 && (
                    <EditButton shelf={shelf} productId={productId} edit="down" label={t("moveDown")} name={nameOf(productId)} />
                  )}
                  <EditButton shelf={shelf} productId={productId} edit="remove" label={t("remove")} name={nameOf(productId)} />
                </span>
              </li>
            ))}
          </ol>
        )}

        <h3 className="panel__subtitle">{t("addProducts")}</h3>
        <form method="get" role="search" className={styles.searchRow}>
          <div className="field">
            <label htmlFor="shelf-search">{t("searchLabel")}</label>
            <input id="shelf-search" name="q" type="search" defaultValue={q} placeholder={t("searchPlaceholder")} />
          </div>
          <button type="submit" className="button">
            {t("search")}
          </button>
        </form>
        {hits && !hits.ok && <BackendNotice />}
        {hits?.ok && hits.data.products.length === 0 && <p>{t("noResults", { q })}</p>}
        {hits?.ok && hits.data.products.length > 0 && (
          <ul className={styles.items} aria-label={t("addProducts")}>
            {hits.data.products.map((product) => (
              <li key={product.id} className={styles.item} data-result-id={product.id}>
                <span className={styles.itemTitle}>
                  {product.title}
                  {product.producerName && <span className={styles.muted}> · {product.producerName}</span>}
                </span>
                {shelf.productIds.includes(product.id) ? (
                  <span className={styles.muted}>{t("onShelf")}</span>
                ) : (
                  <EditButton shelf={shelf} productId={product.id} edit="add" label={t("add")} name={product.title} />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="shelf-share-title">
        <h2 id="shelf-share-title">{t("shareTitle")}</h2>
        <p>
          {t("publicPage")}:{" "}
          <a href={pageUrl} target="_blank" rel="noopener" data-testid="shelf-page-link">
            {t("openPage")}
          </a>
        </p>
        <CopySnippet id="shelf-link" label={t("publicPage")} code={pageUrl} copyLabel={t("copy")} copiedLabel={t("copied")} />

        <h3 className="panel__subtitle">{t("qrTitle")}</h3>
        <ul className={styles.qrList}>
          <QrRow name={t("qrShelf")} png={qrHref("png")} svg={qrHref("svg")} testId="shelf" locale={locale} />
          {shelf.productIds.map((productId) => {
            const name = nameOf(productId);
            return name && shelf.products[productId]?.published ? <QrRow key={productId} name={name} png={qrHref("png", productId)} svg={qrHref("svg", productId)} testId={productId} locale={locale} /> : null;
          })}
        </ul>

        <h3 className="panel__subtitle">{t("embedTitle")}</h3>
        <p className={styles.muted}>
          {t("embedHint")} {t("embedEnglish")}
        </p>
        <CopySnippet
          id="shelf-embed"
          label={t("embedTitle")}
          code={`<script src="${origin}/embed.js" data-shelf="${shelf.id}" data-locale="${locale}" async></script>`}
          copyLabel={t("copy")}
          copiedLabel={t("copied")}
        />
      </section>

      <section className="panel" aria-labelledby="shelf-delete-title">
        <h2 id="shelf-delete-title">{t("deleteTitle")}</h2>
        <p className={styles.muted}>{t("deleteHint")}</p>
        <form action={deleteShelfAction}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="shelfId" value={shelf.id} />
          <SubmitButton pendingLabel={t("saving")} className="button button--quiet">
            {t("delete")}
          </SubmitButton>
        </form>
      </section>
    </div>
  );
}

function EditButton({ shelf, productId, edit, label, name }: { shelf: PartnerShelfView; productId: string; edit: string; label: string; name: string | null }) {
  return (
    <form action={editShelfProductsAction}>
      <input type="hidden" name="shelfId" value={shelf.id} />
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="edit" value={edit} />
      <SubmitButton pendingLabel="…" className="button button--quiet button--small">
        {label}
        {name && <span className="visually-hidden">: {name}</span>}
      </SubmitButton>
    </form>
  );
}

async function QrRow({ name, png, svg, testId, locale }: { name: string; png: string; svg: string; testId: string; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "PartnerPortal" });
  return (
    <li>
      <span className={styles.qrName}>{name}</span>
      <a href={png} download data-qr={`${testId}-png`} className="button button--quiet button--small" aria-label={t("qrDownload", { format: "PNG", name })}>
        {t("qrPng")}
      </a>
      <a href={svg} download data-qr={`${testId}-svg`} className="button button--quiet button--small" aria-label={t("qrDownload", { format: "SVG", name })}>
        {t("qrSvg")}
      </a>
    </li>
  );
}
