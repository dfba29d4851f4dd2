import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { BackendNotice } from "@/components/feedback/backend-notice";
import { CertificateFacts } from "@/components/certificate/certificate-facts";
import { LoadingBlock } from "@/components/feedback/loading-block";
import { localeAlternates } from "@/i18n/alternates";
import { pageLocale } from "@/i18n/locale";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { lookupText } from "@/lib/certificate-map";
import { lookupCertificates } from "@/lib/certificates";

// Rendered per request: the page depends on its query string (its data reads are still cached by tag).
export const dynamic = "force-dynamic";

interface CertificatesPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ q?: string | string[] }>;
}

export async function generateMetadata({ params, searchParams }: CertificatesPageProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Certificates" });
  const { q } = await searchParams;
  return {
    title: t("title"),
    description: t("intro"),
    alternates: localeAlternates("/certificates", locale),
    ...(q !== undefined ? { robots: { index: false, follow: true } } : {}),
  };
}

/** The public certificate lookup: by decision number, product or producer. */
export default async function CertificatesPage({ params, searchParams }: CertificatesPageProps) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Certificates" });
  const { q: raw } = await searchParams;
  const asked = raw !== undefined;
  const shown = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200) ?? "";

  return (
    <div className="container certificates-page">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <form role="search" action="" method="get" className="certificates-page__form">
        <label htmlFor="certificate-q">{t("query")}</label>
        <input id="certificate-q" name="q" type="search" defaultValue={shown} maxLength={200} placeholder={t("placeholder")} />
        <button type="submit" className="button">
          {t("submit")}
        </button>
      </form>
      {/* The form goes out at once; what it found streams in. */}
      {asked && (
        <Suspense fallback={<LoadingBlock />}>
          <LookupResults raw={raw} locale={locale} />
        </Suspense>
      )}
    </div>
  );
}

async function LookupResults({ raw, locale }: { raw: string | string[]; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Certificates" });
  const q = lookupText(raw);
  const result = await lookupCertificates(raw);
  if (!result.ok) return <BackendNotice />;
  return result.data.length === 0 ? (
    <p className="certificates-page__none" role="status">
      {q ? t("nothingFoundFor", { query: q }) : t("nothingFound")}
    </p>
  ) : (
    <section aria-labelledby="certificates-results">
      <h2 id="certificates-results">{t("count", { count: result.data.length })}</h2>
      <ul className="certificates-page__list">
        {result.data.map((c) => (
          <li key={c.id} className="certificates-page__item">
            <Link href={`/certificates/${c.id}`} className="certificates-page__link">
              {c.product.title}
            </Link>
            <CertificateFacts certificate={c} compact />
          </li>
        ))}
      </ul>
    </section>
  );
}
