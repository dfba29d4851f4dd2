import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PortalTitle } from "@/components/producer-portal/portal-shell";
import { StockForm } from "@/components/producer-portal/stock-form";
import { pageLocale } from "@/i18n/locale";
import { getStock, pageRead } from "@/lib/producer-portal/data";

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  return { title: t("nav.stock") };
}

export default async function ProducerStockPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  const stock = await pageRead(locale, () => getStock());
  const items = stock.items.filter((i) => !i.archived);
  return (
    <>
      <PortalTitle>{t("stock.title")}</PortalTitle>
      <p className="panel__intro">{t("stock.intro", { location: stock.stock_location?.name ?? "—" })}</p>
      {items.length === 0 ? <p className="pp-empty panel">{t("stock.none")}</p> : <StockForm items={items} />}
    </>
  );
}
