// How the checkout words and preselects the delivery options (server side: nothing here ships in
// the checkout's JavaScript).
import type { ShippingOptionView } from "./types";

type Translate = (key: "window" | "windowSame" | "parcelsTitle", values: Record<string, number>) => string;

/** The cheapest priced option, which the checkout preselects; null when none is priced. */
export function cheapestOption(options: readonly ShippingOptionView[]): string | null {
  const priced = options.filter((o) => o.amount !== null);
  if (priced.length === 0) return options[0]?.id ?? null;
  return priced.reduce((best, o) => (o.amount!.amount < best.amount!.amount ? o : best)).id;
}

/** "Dự kiến 2–4 ngày · 2 kiện hàng…": the delivery window and how many parcels, when known. */
export function shippingDetail(option: ShippingOptionView, t: Translate): string | null {
  const parts: string[] = [];
  if (option.window) {
    const { minDays: min, maxDays: max } = option.window;
    parts.push(min === max ? t("windowSame", { min }) : t("window", { min, max }));
  }
  if (option.parcels.length > 0) parts.push(t("parcelsTitle", { count: option.parcels.length }));
  return parts.length ? parts.join(" · ") : null;
}
