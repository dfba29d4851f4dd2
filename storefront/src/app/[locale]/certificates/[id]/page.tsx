import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CertificateFacts } from "@/components/certificate/certificate-facts";
import { BackendUnavailablePage } from "@/components/feedback/backend-notice";
import { localeAlternates } from "@/i18n/alternates";
import { pageLocale } from "@/i18n/locale";
import { Link } from "@/i18n/navigation";
import { getCertificate } from "@/lib/certificates";

// Rendered per request from tag-cached reads; only the home and product pages are kept whole in the
// page cache so far (issue #16).
export const dynamic = "force-dynamic";

interface CertificatePageProps {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata({ params }: CertificatePageProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { id } = await params;
  const t = await getTranslations({ locale, namespace: "Certificates" });
  const result = await getCertificate(id);
  if (!result.ok || !result.data) return { robots: { index: false } };
  return {
    title: t("pageTitle", { product: result.data.product.title }),
    alternates: localeAlternates(`/certificates/${id}`, locale),
  };
}

/** One certificate's public page: what it covers, its state today, the producer and the product. */
export default async function CertificatePage({ params }: CertificatePageProps) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const t = await getTranslations({ locale, namespace: "Certificates" });
  const result = await getCertificate(id);
  if (!result.ok) return <BackendUnavailablePage title={t("title")} />;
  const certificate = result.data;
  if (!certificate) notFound();
  return (
    <div className="container certificate-page">
      <nav aria-label={t("breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <Link href="/certificates">{t("title")}</Link>
          </li>
          <li aria-current="page">{certificate.decisionNumber ?? certificate.id}</li>
        </ol>
      </nav>
      <h1>{t("pageTitle", { product: certificate.product.title })}</h1>
      <p className="certificate-page__state" data-validity={certificate.validity}>
        {t(`validity.${certificate.validity}`)}
      </p>
      <CertificateFacts certificate={certificate} />
      <p>
        {t("covers")}{" "}
        <Link href={`/products/${certificate.product.handle}`} className="certificate-page__product">
          {certificate.product.title}
        </Link>
      </p>
      {certificate.producer && (
        <p>
          {t("producer")}{" "}
          <Link href={`/producers/${certificate.producer.handle}`} className="certificate-page__producer">
            {certificate.producer.displayName}
          </Link>
        </p>
      )}
    </div>
  );
}
