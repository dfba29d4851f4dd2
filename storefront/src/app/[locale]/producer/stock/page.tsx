import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PortalShell } from "@/components/producer-portal/portal-shell";
import { StockForm } from "@/components/producer-portal/stock-form";
import { pageLocale } from "@/i18n/locale";
import { getStock, requireMe } from "@/lib/producer-portal/data";

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
  const me = await requireMe(locale);
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  const stock = await getStock();
  const items = stock.items.filter((i) => !i.archived);
  return (
    <PortalShell me={me} current="stock" locale={locale} title={t("stock.title")}>
      <p className="panel__intro">{t("stock.intro", { location: stock.stock_location?.name ?? "—" })}</p>
      {items.length === 0 ? <p className="pp-empty panel">{t("stock.none")}</p> : <StockForm items={items} />}
    </PortalShell>
  );
}
