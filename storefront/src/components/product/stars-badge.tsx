import { useTranslations } from "next-intl";
import type { CertifiableStars } from "@ocop/core";

/** The OCOP star rating, shown only for certificates in force (lib/ filters the rest). */
export function StarsBadge({ stars }: { stars: CertifiableStars }) {
  const t = useTranslations("Product");
  return (
    <span className={`stars-badge stars-badge--${stars}`}>
      <span className="stars-badge__stars" aria-hidden="true">
        {"★".repeat(stars)}
      </span>
      {t("stars", { stars })}
    </span>
  );
}
