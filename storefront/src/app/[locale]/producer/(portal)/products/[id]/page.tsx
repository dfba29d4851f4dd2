import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { communeGroups } from "@/components/checkout/commune-options";
import { CertificateBadge } from "@/components/producer-portal/certificate-badge";
import { ArchiveForm, CertificateRequestForm } from "@/components/producer-portal/product-actions";
import { PhotoManager } from "@/components/producer-portal/photo-manager";
import { PortalTitle } from "@/components/producer-portal/portal-shell";
import { ProductForm } from "@/components/producer-portal/product-form";
import { pageLocale } from "@/i18n/locale";
import { Link } from "@/i18n/navigation";
import { ScheduleForm } from "@/components/producer-portal/schedule-form";
import { getProduct, getSchedule, requireMe } from "@/lib/producer-portal/data";

interface Props {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ created?: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  return { title: t("products.edit") };
}

export default async function ProducerProductPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const me = await requireMe(locale);
  const product = await getProduct(id);
  if (!product) notFound();
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  const format = await getFormatter({ locale });
  // Certificate days as people read them ("17/01/2028", "Jan 17, 2028"), not ISO (issue #23).
  const day = (value: unknown) => (value ? format.dateTime(new Date(String(value)), { dateStyle: "medium", timeZone: "UTC" }) : "");
  const { created } = await searchParams;
  const cert = product.ocop_certificate;
  const requests = product.certificate_requests ?? [];
  // Experiences (group 6) are booked on a calendar (issue #19).
  const calendar = product.group === "tourism" ? await getSchedule(product.id) : null;

  return (
    <>
      <PortalTitle>{product.title}</PortalTitle>
      {created === "1" && (
        <p className="notice notice--success" role="status">
          {t("products.createdNote")}
        </p>
      )}
      <p className="pp-card__meta">
        <span className={`pp-pill pp-pill--${product.archived ? "archived" : product.status}`}>
          {t(`productStatus.${product.archived ? "archived" : product.status}`)}
        </span>
        <CertificateBadge product={product} locale={locale} />
        {product.status === "published" && !product.archived && (
          <Link href={`/products/${product.handle}`} className="pp-link">
            {t("products.viewInShop")}
          </Link>
        )}
      </p>
      <div className="pp-columns pp-columns--wide">
        <section className="panel pp-panel" aria-labelledby="pp-edit">
          <h2 id="pp-edit">{t("products.details")}</h2>
          <ProductForm product={product} canPublish={me.producer.can_publish} />
        </section>

        <section className="panel pp-panel pp-panel--photos" aria-labelledby="pp-photos">
          <h2 id="pp-photos">{t("photos.title")}</h2>
          <PhotoManager productId={product.id} initial={product.photos ?? []} />
        </section>

        {calendar && (
          <section className="panel pp-panel pp-panel--schedule" aria-labelledby="pp-schedule">
            <h2 id="pp-schedule">{t("schedule.title")}</h2>
            <p className="panel__intro">{t("schedule.intro")}</p>
            <ScheduleForm productId={product.id} schedule={calendar.schedule} capacity={calendar.capacity} />
          </section>
        )}

        <div className="pp-stack">
          <section className="panel pp-panel" aria-labelledby="pp-cert">
            <h2 id="pp-cert">{t("certificate.title")}</h2>
            {cert ? (
              <dl className="pp-facts">
                <div>
                  <dt>{t("certificate.stars")}</dt>
                  <dd>{"★".repeat(cert.stars)}</dd>
                </div>
                <div>
                  <dt>{t("certificate.decision")}</dt>
                  <dd>
                    {cert.decision_number} ({day(cert.decision_date)})
                  </dd>
                </div>
                <div>
                  <dt>{t("certificate.expires")}</dt>
                  <dd>{day(cert.expires_at)}</dd>
                </div>
                <div>
                  <dt>{t("certificate.state")}</dt>
                  <dd>{t(`certificate.validity.${cert.validity}`)}</dd>
                </div>
              </dl>
            ) : (
              <p className="pp-empty">{t("certificate.noneYet")}</p>
            )}
            {requests.length > 0 && (
              <p className="notice notice--info">
                {t("certificate.requestOpen", { decision: requests.map((r) => r.decision_number).join(", ") })}
              </p>
            )}
            <details className="pp-details" open={!cert && requests.length === 0}>
              <summary>{cert ? t("certificate.requestChange") : t("certificate.requestNew")}</summary>
              <CertificateRequestForm
                productId={product.id}
                group={product.group}
                communeCode={me.producer.commune_code}
                communes={communeGroups(locale, (districts) => t("formerly", { districts }))}
              />
            </details>
          </section>

          <section className="panel pp-panel" aria-labelledby="pp-qr">
            <h2 id="pp-qr">{t("qr.title")}</h2>
            <p className="panel__intro">{t("qr.intro")}</p>
            {/* A plain <img>: next/image does not serve SVG, and this one comes from the portal's own QR route. */}
            <img src={`/${locale}/producer/products/${product.id}/qr/svg`} alt={t("qr.alt", { title: product.title })} className="pp-qr" width={160} height={160} />
            <p className="pp-actions">
              <a href={`/${locale}/producer/products/${product.id}/qr/png`} download={`qr-${product.handle}.png`} className="button button--quiet button--small">
                {t("qr.png")}
              </a>
              <a href={`/${locale}/producer/products/${product.id}/qr/svg`} download={`qr-${product.handle}.svg`} className="button button--quiet button--small">
                {t("qr.svg")}
              </a>
            </p>
          </section>

          {!product.archived && (
            <section className="panel pp-panel" aria-labelledby="pp-archive">
              <h2 id="pp-archive">{t("archive.title")}</h2>
              <p className="panel__intro">{t("archive.intro")}</p>
              <ArchiveForm productId={product.id} />
            </section>
          )}
        </div>
      </div>
    </>
  );
}
