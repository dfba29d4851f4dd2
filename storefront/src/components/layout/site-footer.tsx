import { useLocale, useTranslations } from "next-intl";
import { PRODUCT_GROUPS } from "@ocop/core";
import { Link } from "@/i18n/navigation";
import { publishableKeyFrom } from "@/lib/payments/card";

export function SiteFooter() {
  const t = useTranslations("Footer");
  const tp = useTranslations("ProducerPortal");
  const locale = useLocale();
  return (
    <footer className="site-footer">
      <div className="container site-footer__grid">
        <section aria-labelledby="footer-about">
          <h2 id="footer-about" className="site-footer__title">
            {t("aboutTitle")}
          </h2>
          <p>{t("about")}</p>
          <p>
            <Link href="/producer">{tp("footerLink")}</Link>
          </p>
        </section>
        <nav aria-labelledby="footer-groups">
          <h2 id="footer-groups" className="site-footer__title">
            {t("groupsTitle")}
          </h2>
          <ul className="site-footer__links">
            {PRODUCT_GROUPS.map((group) => (
              <li key={group.slug}>
                <Link href={{ pathname: "/search", query: { group: group.slug } }}>{group[locale]}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <section aria-labelledby="footer-payment">
          <h2 id="footer-payment" className="site-footer__title">
            {t("paymentTitle")}
          </h2>
          {/* Card payment is promised only where it is offered (Stripe configured). */}
          <p>{publishableKeyFrom(process.env) ? t("payment") : t("paymentNoCard")}</p>
        </section>
      </div>
      <p className="container site-footer__rights">{t("rights", { year: new Date().getFullYear() })}</p>
    </footer>
  );
}
