import type { Metadata } from "next";
import { PRODUCT_GROUPS } from "@ocop/core";
import { getTranslations } from "next-intl/server";
import { ImportSheet } from "@/components/producer-portal/import-sheet";
import { PortalTitle } from "@/components/producer-portal/portal-shell";
import { pageLocale } from "@/i18n/locale";
import { Link } from "@/i18n/navigation";
import { requireMe } from "@/lib/producer-portal/data";

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  return { title: t("import.title") };
}

/** The CSV import: the template and its columns, then the file's preview and import (client). */
export default async function ProducerImportPage({ params }: Props) {
  const locale = await pageLocale(params);
  // The page reads nothing of the backend: the login is checked here too, as the layout's check is not
  // run again when the member comes from another portal page (one /producer/me call per request).
  await requireMe(locale);
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  return (
    <>
      <PortalTitle>{t("import.title")}</PortalTitle>
      <p>
        <Link href="/producer/products">{t("import.back")}</Link>
      </p>
      <section className="panel pp-panel" aria-labelledby="pp-import-template">
        <h2 id="pp-import-template">{t("import.templateTitle")}</h2>
        <p>{t("import.templateIntro")}</p>
        <p>
          {/* A route handler's download, not a page: a plain link. */}
          <a href={`/${locale}/producer/products/import/template`} className="button button--quiet" download>
            {t("import.download")}
          </a>
        </p>
        <ul className="pp-import__columns">
          {(["handle", "title", "variant", "description", "price", "stock", "group", "sku"] as const).map((c) => (
            <li key={c}>{t(`import.columns.${c}`)}</li>
          ))}
        </ul>
        <p>{t("import.groups")}</p>
        <ol className="pp-import__groups">
          {PRODUCT_GROUPS.map((g) => (
            <li key={g.slug}>{locale === "vi" ? g.vi : `${g.en} (${g.vi})`}</li>
          ))}
        </ol>
        <p className="field__hint">{t("import.encodings")}</p>
      </section>
      <section className="panel pp-panel" aria-labelledby="pp-import-upload">
        <h2 id="pp-import-upload">{t("import.uploadTitle")}</h2>
        <ImportSheet />
      </section>
    </>
  );
}
