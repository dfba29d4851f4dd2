import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/producer-portal/auth-forms";
import { pageLocale } from "@/i18n/locale";
import { Link, redirect } from "@/i18n/navigation";
import { getMe } from "@/lib/producer-portal/data";

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  return { title: t("login.title") };
}

export default async function ProducerLoginPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  const tReset = await getTranslations({ locale, namespace: "PasswordReset" });
  if (await getMe().catch(() => null)) redirect({ href: "/producer", locale });
  return (
    <div className="container section pp-auth">
      <section className="panel pp-auth__panel" aria-labelledby="pp-login-title">
        <p className="pp-auth__eyebrow">{t("title")}</p>
        <h1 id="pp-login-title">{t("login.title")}</h1>
        <p className="panel__intro">{t("login.intro")}</p>
        <LoginForm />
        <p>
          <Link href="/producer/reset-password">{tReset("forgot")}</Link>
        </p>
        <p className="pp-auth__switch">
          {t("login.noAccount")} <Link href="/producer/apply">{t("login.apply")}</Link>
        </p>
      </section>
    </div>
  );
}
