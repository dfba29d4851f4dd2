import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrderLookupForm } from "@/components/order/order-lookup-form";
import { pageLocale } from "@/i18n/locale";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ number?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "OrderLookup" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** A guest's way to its order (the confirmation e-mail links here with ?number=): number and e-mail. */
export default async function OrderLookupPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "OrderLookup" });
  const { number } = await searchParams;
  const prefilled = typeof number === "string" && /^\d{1,10}$/.test(number) ? number : "";
  return (
    <div className="container section page-message">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <OrderLookupForm locale={locale} number={prefilled} />
    </div>
  );
}
