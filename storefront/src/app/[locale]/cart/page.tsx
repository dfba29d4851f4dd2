import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/feedback/empty-state";
import { localeAlternates } from "@/i18n/alternates";
import { pageLocale } from "@/i18n/locale";
import { Link } from "@/i18n/navigation";

interface CartPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: CartPageProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return { title: t("cartTitle"), alternates: localeAlternates("/cart", locale), robots: { index: false } };
}

// Nothing can be added to a cart yet: the header's cart link lands on an honest empty cart.
export default async function CartPage({ params }: CartPageProps) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Cart" });
  return (
    <div className="container section page-message">
      <h1>{t("title")}</h1>
      <EmptyState>
        <p>{t("empty")}</p>
        <Link href="/" className="button">
          {t("continue")}
        </Link>
      </EmptyState>
    </div>
  );
}
