import { getGroup, getSubGroup, type CertifiableStars } from "@ocop/core";
import { useLocale, useTranslations } from "next-intl";
import { StarsBadge } from "@/components/product/stars-badge";
import type { AppLocale } from "@/i18n/routing";
import { originLine } from "@/lib/places";

/** What a certificate says, as the product panel and the public lookup both show it. */
export interface CertificateFactsInput {
  stars: CertifiableStars;
  score?: number | null;
  scoreBand?: { min: number; max: number } | null;
  groupSlug: string | null;
  subGroupSlug?: string | null;
  decisionNumber: string | null;
  decisionDate?: string | null;
  issuingLevel?: string | null;
  issuingAuthority?: string | null;
  expiresOn: string | null;
  expiringSoon?: boolean;
  validity?: string;
  sampleData?: boolean;
  communeCode?: string | null;
  historicLocality?: string | null;
}

/** A calendar day `YYYY-MM-DD` as a Date at midnight in Vietnam, for next-intl's date formats. */
function day(value: string): Date {
  return new Date(`${value}T00:00:00+07:00`);
}

/**
 * Every fact a certificate has: stars, score and its band, group and sub-group, decision number
 * and date, issuing level and authority, place, the last valid day (with "expires soon"), and
 * whether it is sample data. `compact` (lists) leaves out the place and the authority.
 */
export function CertificateFacts({ certificate, compact = false }: { certificate: CertificateFactsInput; compact?: boolean }) {
  const t = useTranslations("Product");
  const locale = useLocale() as AppLocale;
  const group = certificate.groupSlug ? getGroup(certificate.groupSlug) : undefined;
  const subGroup =
    certificate.groupSlug && certificate.subGroupSlug ? getSubGroup(certificate.groupSlug, certificate.subGroupSlug) : undefined;
  const band = certificate.scoreBand;
  const level = certificate.issuingLevel;
  const origin = originLine(certificate.communeCode, locale);
  const expiring = certificate.expiringSoon || certificate.validity === "expiring";
  return (
    <>
      <StarsBadge stars={certificate.stars} />
      <ul className="certificate__facts">
        {band && (
          <li className="certificate__score">
            {typeof certificate.score === "number"
              ? t("certificate.score", { score: certificate.score, stars: certificate.stars, min: band.min, max: band.max })
              : t("certificate.band", { stars: certificate.stars, min: band.min, max: band.max })}
          </li>
        )}
        {group && <li className="certificate__group">{t("group", { group: group[locale] })}</li>}
        {subGroup && <li className="certificate__sub-group">{t("certificate.subGroup", { subGroup: subGroup[locale] })}</li>}
        {certificate.decisionNumber && (
          <li className="certificate__decision">
            {certificate.decisionDate
              ? t("certificate.decision", { number: certificate.decisionNumber, date: day(certificate.decisionDate) })
              : t("decision", { number: certificate.decisionNumber })}
          </li>
        )}
        {!compact && (level === "province" || level === "national" || level === "district") && (
          <li className="certificate__issuer">
            {t("certificate.issuedBy", { level: t(`certificate.levels.${level}`), authority: certificate.issuingAuthority ?? "" })}
          </li>
        )}
        {!compact && origin && (
          <li className="certificate__origin">
            {t("origin")}:{" "}
            {certificate.historicLocality ? t("originFormerly", { current: origin, historic: certificate.historicLocality }) : origin}
          </li>
        )}
        {certificate.expiresOn && <li className="certificate__valid">{t("validUntil", { date: day(certificate.expiresOn) })}</li>}
        {expiring && <li className="certificate__warning">{t("expiringSoon")}</li>}
        {certificate.sampleData && <li className="certificate__sample">{t("certificate.sample")}</li>}
      </ul>
    </>
  );
}
