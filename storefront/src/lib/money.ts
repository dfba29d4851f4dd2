// Money as text, for places that need a string (option labels, button text). Pure.

import { formatVnd, type VndLocale } from "./core-client";
import type { Money } from "./types";

/** "1.250.000 ₫" in Vietnamese, "₫1,250,000" in English; other currencies by Intl. */
export function formatMoney(money: Money, locale: VndLocale): string {
  if (money.currencyCode.toLowerCase() === "vnd") return formatVnd(Math.round(money.amount), locale);
  return new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-US", {
    style: "currency",
    currency: money.currencyCode.toUpperCase(),
  }).format(money.amount);
}
