import { formatVnd } from "@/lib/core-client";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { Money } from "@/lib/types";

interface PriceProps {
  money: Money | null;
  className?: string;
  /** The lowest of several prices: reads "từ 80.000 ₫" / "from ₫80,000". */
  from?: boolean;
}

/** A price as shoppers read it: "1.250.000 ₫" in Vietnamese, "₫1,250,000" in English. */
export function Price({ money, className = "price", from = false }: PriceProps) {
  const t = useTranslations("Product");
  const locale = useLocale();
  const format = useFormatter();
  if (!money) return <span className={`${className} price--none`}>{t("noPrice")}</span>;
  const text =
    money.currencyCode.toLowerCase() === "vnd"
      ? // Medusa computes with decimals (e.g. tax-inclusive prices); VND shows whole đồng.
        formatVnd(Math.round(money.amount), locale)
      : format.number(money.amount, { style: "currency", currency: money.currencyCode.toUpperCase() });
  return <span className={className}>{from ? t("priceFrom", { price: text }) : text}</span>;
}
