import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CartLines } from "@/components/cart/cart-lines";
import { Totals } from "@/components/cart/totals";
import { BackendNotice } from "@/components/feedback/backend-notice";
import { EmptyState } from "@/components/feedback/empty-state";
import { localeAlternates } from "@/i18n/alternates";
import { pageLocale } from "@/i18n/locale";
import { Link } from "@/i18n/navigation";
import { getCart } from "@/lib/cart";

interface CartPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: CartPageProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return { title: t("cartTitle"), alternates: localeAlternates("/cart", locale), robots: { index: false } };
}

export default async function CartPage({ params }: CartPageProps) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Cart" });
  const result = await getCart();

  if (!result.ok) {
    return (
      <div className="container section">
        <h1>{t("title")}</h1>
        <BackendNotice />
      </div>
    );
  }
  const cart = result.data;
  if (!cart || cart.items.length === 0) {
    return (
      <div className="container section page-message">
        <h1>{t("title")}</h1>
        <EmptyState>
          <p>{t("empty")}</p>
          <Link href="/search" className="button">
            {t("continue")}
          </Link>
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="container section cart-page">
      <h1>{t("title")}</h1>
      <p className="cart-page__count">{t("itemCount", { count: cart.itemCount })}</p>
      <div className="cart-page__layout">
        <section aria-labelledby="cart-items-title">
          <h2 id="cart-items-title" className="visually-hidden">
            {t("itemsTitle")}
          </h2>
          <CartLines lines={cart.items} editable />
        </section>
        <section className="summary-card" aria-labelledby="cart-summary-title">
          <h2 id="cart-summary-title" className="summary-card__title">
            {t("summaryTitle")}
          </h2>
          <Totals of={cart} parcels={cart.shippingMethod?.parcels} />
          <Link href="/checkout" className="button button--block">
            {t("checkout")}
          </Link>
          <Link href="/search" className="summary-card__more">
            {t("continue")}
          </Link>
        </section>
      </div>
    </div>
  );
}
