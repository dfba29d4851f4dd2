// How the checkout words the delivery options (server side: nothing here ships in
// the checkout's JavaScript).
import type { ShippingOptionView } from "./types";

type Translate = (key: "window" | "windowSame" | "parcelsTitle", values: Record<string, number>) => string;

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
