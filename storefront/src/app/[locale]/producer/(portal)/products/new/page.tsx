import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PortalTitle } from "@/components/producer-portal/portal-shell";
import { ProductForm } from "@/components/producer-portal/product-form";
import { pageLocale } from "@/i18n/locale";
import { requireMe } from "@/lib/producer-portal/data";

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  return { title: t("products.new") };
}

export default async function NewProducerProductPage({ params }: Props) {
  const locale = await pageLocale(params);
  const me = await requireMe(locale);
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  return (
    <>
      <PortalTitle>{t("products.new")}</PortalTitle>
      <section className="panel pp-panel pp-narrow">
        <ProductForm canPublish={me.producer.can_publish} />
      </section>
    </>
  );
}
