import { slugify } from "./core-client";
import type { ShippingOptionView } from "./types";

// Shipping option names are stored once, in Vietnamese, by whoever creates the option (the seed
// today, a calculated carrier provider tomorrow). They are put in the page's language here, at
// display time, and only here (issue #23): the checkout, its summary, the confirmation and the
// order page all ask this one function, so a new option needs only its message.

/** "Giao hàng tiêu chuẩn" → "giao-hang-tieu-chuan": the key of its message in `ShippingNames`. */
export const shippingNameKey = (name: string): string => slugify(name);

/**
 * next-intl's translator of the `ShippingNames` namespace (its keys are the stored names' own). Its
 * parameter is the namespace's key union, which a `string` parameter here would not accept (parameters
 * are contravariant), so the key is `any` at this one boundary.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Messages = { has(key: any): boolean; (key: any): string };

/** The option's name in the page's language where a message exists for it, else as stored. */
export function shippingOptionName(name: string, t: Messages): string {
  const key = shippingNameKey(name);
  return key && t.has(key) ? t(key) : name;
}

/** The option a shopper starts on: the one already chosen, else the cheapest (never a dearer one). */
export function defaultShippingOptionId(options: readonly ShippingOptionView[], chosenId: string | null): string | null {
  if (chosenId && options.some((o) => o.id === chosenId)) return chosenId;
  const priced = options.filter((o) => o.amount !== null);
  const cheapest = [...priced].sort((a, b) => a.amount!.amount - b.amount!.amount)[0];
  return cheapest?.id ?? options[0]?.id ?? null;
}
