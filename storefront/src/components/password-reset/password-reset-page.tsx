import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/locale";
import type { AppLocale } from "@/i18n/routing";
import { NewPasswordForm, RequestResetForm } from "./password-reset-forms";

/**
 * The page an e-mailed reset link leads to (`?token=`), and without a token the form that asks for
 * one. Shared by the shop (/account), the producer portal and the partner portal.
 */
export async function PasswordResetPage({
  locale,
  actor,
  token,
  loginHref,
  resetHref,
}: {
  locale: AppLocale;
  actor: "customer" | "producer" | "partner";
  token: string | null;
  loginHref: string;
  resetHref: string;
}) {
  const t = await getTranslations({ locale, namespace: "PasswordReset" });
  return (
    <div className="container section">
      <section className="panel" aria-labelledby="reset-title" style={{ maxWidth: "32rem", margin: "0 auto" }}>
        <h1 id="reset-title">{token ? t("setTitle") : t("requestTitle")}</h1>
        {token ? (
          <NewPasswordForm actor={actor} token={token} loginHref={loginHref} resetHref={resetHref} />
        ) : (
          <>
            <p className="panel__intro">{t("requestIntro")}</p>
            <RequestResetForm actor={actor} />
          </>
        )}
      </section>
    </div>
  );
}

interface RouteProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ token?: string | string[] }>;
}

/** The page and metadata of one portal's reset route (app/[locale]/{account,producer,partner}/reset-password). */
export function resetPasswordRoute(options: { actor: "customer" | "producer" | "partner"; loginHref: string; resetHref: string }) {
  // A page with a secret in its address: never indexed.
  async function generateMetadata({ params }: RouteProps): Promise<Metadata> {
    const locale = await pageLocale(params);
    const t = await getTranslations({ locale, namespace: "PasswordReset" });
    return { title: t("requestTitle"), robots: { index: false, follow: false } };
  }
  async function Page({ params, searchParams }: RouteProps) {
    const locale = await pageLocale(params);
    const { token } = await searchParams;
    return <PasswordResetPage locale={locale} token={typeof token === "string" && token ? token : null} {...options} />;
  }
  return { generateMetadata, Page };
}
