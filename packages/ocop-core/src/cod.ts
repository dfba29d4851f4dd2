// When cash on delivery is offered. The carrier collects the cash at the door, so the shop
// risks a refused parcel: COD is kept for Vietnamese phone numbers (a courier can call them)
// and for totals up to a limit (5,000,000 ₫ by default, OCOP_COD_MAX_TOTAL); above it, or for
// a foreign number, the buyer pays by VietQR or card. Backend and storefront share this rule.

export const DEFAULT_COD_MAX_TOTAL_VND = 5_000_000;

export type CodRefusal = { code: "foreign_phone" } | { code: "over_limit"; limit: number };

/** Why cash on delivery is not offered for this phone (E.164) and total, or null when it is. */
export function codRefusal(phone: string | null | undefined, total: number, maxTotal = DEFAULT_COD_MAX_TOTAL_VND): CodRefusal | null {
  if (!phone || !phone.startsWith("+84")) return { code: "foreign_phone" };
  if (total > maxTotal) return { code: "over_limit", limit: maxTotal };
  return null;
}

/** The COD limit from a setting such as OCOP_COD_MAX_TOTAL: whole đồng, the default when unset. */
export function parseCodMaxTotal(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === "") return DEFAULT_COD_MAX_TOTAL_VND;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`OCOP_COD_MAX_TOTAL must be a whole number of đồng, got "${raw}"`);
  return value;
}
