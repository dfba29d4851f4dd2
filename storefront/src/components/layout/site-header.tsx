import { useTranslations } from "next-intl";
import { Suspense } from "react";
import { Link } from "@/i18n/navigation";
import { BrandMark } from "./brand-mark";
import { CartCount } from "./cart-count";
import { LocaleSwitch } from "./locale-switch";
import { SearchForm } from "./search-form";

export function SiteHeader() {
  const t = useTranslations("Header");
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="brand">
          <BrandMark />
          <span className="brand__text">
            <span className="brand__name">{t("logo")}</span>
            <span className="brand__tagline">{t("tagline")}</span>
          </span>
        </Link>
        {/* Before the tools in the DOM: on a desktop it sits between the brand and the cart, and the
            keyboard reaches it in that order (the grid areas in globals.css place it). */}
        <SearchForm />
        <nav className="site-header__tools" aria-label={t("toolsLabel")}>
          {/* useSearchParams needs a boundary wherever a page could be prerendered. */}
          <Suspense fallback={null}>
            <LocaleSwitch />
          </Suspense>
          <Link href="/account" className="cart-link account-link">
            <svg className="cart-link__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <circle cx="12" cy="8" r="4" className="account-link__head" />
              <path d="M4 20c1.2-4 4.3-6 8-6s6.8 2 8 6" />
            </svg>
            <span className="cart-link__label">{t("account")}</span>
          </Link>
          <Link href="/cart" className="cart-link">
            <svg className="cart-link__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M3 4h2l2.4 10.2a1.5 1.5 0 0 0 1.5 1.1h8.7a1.5 1.5 0 0 0 1.4-1l2-6.3H6.2" />
              <circle cx="9.5" cy="19.5" r="1.5" />
              <circle cx="17" cy="19.5" r="1.5" />
            </svg>
            <span className="cart-link__label">{t("cart")}</span>
            <CartCount />
          </Link>
        </nav>
      </div>
    </header>
  );
}
