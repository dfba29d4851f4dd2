import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmbedHeight } from "@/components/partner/embed-height";
import { ShelfProductCard } from "@/components/partner/shelf-product-card";
import styles from "@/components/partner/partner.module.css";
import { getPathname } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { getPublicShelf } from "@/lib/partner/api";
import { withRef } from "@/lib/partner/map";
import { siteUrl } from "@/lib/site-url";

// The widget partners embed on their own sites (through /embed.js): the shelf
// only, no header, footer, cart or customer data. Links open the shop in a new
// tab with the partner's code. Framable by any site (see next.config.ts).
export const dynamic = "force-dynamic";

interface EmbedPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ locale?: string | string[] }>;
}

async function embedLocale(searchParams: EmbedPageProps["searchParams"]): Promise<AppLocale> {
  const raw = (await searchParams).locale;
  const locale: AppLocale = (Array.isArray(raw) ? raw[0] : raw) === "en" ? "en" : "vi";
  setRequestLocale(locale);
  return locale;
}

export async function generateMetadata({ params, searchParams }: EmbedPageProps): Promise<Metadata> {
  const locale = await embedLocale(searchParams);
  const shelf = await getPublicShelf((await params).id, locale);
  const t = await getTranslations({ locale, namespace: "Embed" });
  const title = shelf.ok && shelf.data ? t("title", { title: shelf.data.title, partner: shelf.data.partnerName }) : t("unavailable");
  return { title, robots: { index: false } };
}

export default async function EmbedShelfPage({ params, searchParams }: EmbedPageProps) {
  const locale = await embedLocale(searchParams);
  const { id } = await params;
  const t = await getTranslations({ locale, namespace: "Embed" });
  const ts = await getTranslations({ locale, namespace: "Shelf" });
  const result = await getPublicShelf(id, locale);
  const shelf = result.ok ? result.data : null;
  const origin = (await siteUrl()).origin;
  const shop = (href: string) => `${origin}${getPathname({ href, locale })}`;
  const other: AppLocale = locale === "vi" ? "en" : "vi";

  return (
    <html lang={locale}>
      <body className={styles.embed}>
        <EmbedHeight shelfId={id} />
        {!shelf ? (
          <p>{t("unavailable")}</p>
        ) : (
          <main>
            <div className={styles.embedHead}>
              <h1>{shelf.title}</h1>
              <p className={styles.chosenBy}>{ts("chosenBy", { partner: shelf.partnerName })}</p>
            </div>
            {shelf.note && <p className={styles.note}>{shelf.note}</p>}
            <div className="product-grid" style={{ marginTop: "0.75rem" }}>
              {shelf.products.map((product) => (
                <ShelfProductCard
                  key={product.id}
                  product={product}
                  href={withRef(shop(`/products/${product.handle}`), shelf.referralCode)}
                  newTabNote={t("opensNewTab")}
                />
              ))}
            </div>
            <footer className={styles.embedFoot}>
              <a href={withRef(shop(`/shelves/${shelf.id}`), shelf.referralCode)} target="_blank" rel="noopener">
                {t("seeShelf")}
                <span className="visually-hidden"> {t("opensNewTab")}</span>
              </a>
              <a href={`?locale=${other}`} lang={other} hrefLang={other}>
                {t("language")}
              </a>
              <span>{t("poweredBy")}</span>
            </footer>
          </main>
        )}
      </body>
    </html>
  );
}
