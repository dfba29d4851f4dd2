import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { communeGroups } from "@/components/checkout/commune-options";
import { ApplyForm } from "@/components/producer-portal/auth-forms";
import { pageLocale } from "@/i18n/locale";
import { Link } from "@/i18n/navigation";

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  return { title: t("apply.title") };
}

/** Sign-up: a login and the application the marketplace reviews before the producer may publish. */
export default async function ProducerApplyPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  return (
    <div className="container section pp-auth">
      <section className="panel pp-auth__panel pp-auth__panel--wide" aria-labelledby="pp-apply-title">
        <p className="pp-auth__eyebrow">{t("title")}</p>
        <h1 id="pp-apply-title">{t("apply.title")}</h1>
        <p className="panel__intro">{t("apply.intro")}</p>
        <ApplyForm communes={communeGroups(locale, (districts) => t("formerly", { districts }))} />
        <p className="pp-auth__switch">
          {t("apply.haveAccount")} <Link href="/producer/login">{t("apply.login")}</Link>
        </p>
      </section>
    </div>
  );
}
