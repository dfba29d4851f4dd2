import { getGroup } from "@ocop/core";
import { useLocale, useTranslations } from "next-intl";
import type { OcopCertificateView } from "@/lib/types";
import { StarsBadge } from "./stars-badge";

/** The certificate in force: stars, group, decision number and its last valid day. */
export function CertificatePanel({ certificate }: { certificate: OcopCertificateView }) {
  const t = useTranslations("Product");
  const locale = useLocale();
  const group = certificate.groupSlug ? getGroup(certificate.groupSlug) : undefined;
  return (
    <section className="certificate" aria-labelledby="certificate-title">
      <h2 id="certificate-title" className="certificate__title">
        {t("certificateTitle")}
      </h2>
      <StarsBadge stars={certificate.stars} />
      <ul className="certificate__facts">
        {group && <li>{t("group", { group: group[locale] })}</li>}
        {certificate.decisionNumber && <li>{t("decision", { number: certificate.decisionNumber })}</li>}
        {certificate.expiresOn && <li>{t("validUntil", { date: new Date(`${certificate.expiresOn}T00:00:00+07:00`) })}</li>}
        {certificate.expiringSoon && <li className="certificate__warning">{t("expiringSoon")}</li>}
      </ul>
    </section>
  );
}
