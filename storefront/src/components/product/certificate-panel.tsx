import { useTranslations } from "next-intl";
import { CertificateFacts } from "@/components/certificate/certificate-facts";
import { Link } from "@/i18n/navigation";
import type { OcopCertificateView } from "@/lib/types";

/** The certificate in force with every fact it has, and a link to its public page. */
export function CertificatePanel({ certificate }: { certificate: OcopCertificateView }) {
  const t = useTranslations("Product");
  return (
    <section className="certificate" aria-labelledby="certificate-title">
      <h2 id="certificate-title" className="certificate__title">
        {t("certificateTitle")}
      </h2>
      <CertificateFacts certificate={certificate} />
      {certificate.id && (
        <p className="certificate__link">
          <Link href={`/certificates/${certificate.id}`}>{t("certificate.link")}</Link>
        </p>
      )}
    </section>
  );
}
