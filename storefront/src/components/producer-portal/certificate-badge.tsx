import type { AppLocale } from "@/i18n/routing";
import { getTranslations } from "next-intl/server";
import type { PortalProduct } from "@/lib/producer-portal/types";

/** The product's OCOP standing in one word: stars in force, expiring, awaiting verification, none. */
export async function CertificateBadge({ product, locale }: { product: PortalProduct; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "ProducerPortal.certificate" });
  const cert = product.ocop_certificate;
  const pending = (product.certificate_requests ?? []).length > 0 || cert?.validity === "pending_verification";
  if (cert && ["valid", "expiring"].includes(cert.validity)) {
    return (
      <span className={`pp-cert pp-cert--${cert.validity}`}>
        {"★".repeat(cert.stars)} {cert.validity === "expiring" ? t("expiring") : t("valid")}
      </span>
    );
  }
  if (pending) return <span className="pp-cert pp-cert--pending_verification">{t("pending")}</span>;
  if (cert) return <span className={`pp-cert pp-cert--${cert.validity}`}>{t(`validity.${cert.validity}`)}</span>;
  return <span className="pp-cert pp-cert--none">{t("none")}</span>;
}
