// The marketplace's one catalog rule: a product is on sale only while it has a verified
// certificate in force (not expired, not revoked, not awaiting verification) and its producer,
// when it has one, is active. The backend applies it once, when something it depends on changes
// (backend/src/workflows/ocop/sync-products-on-sale.ts), by moving the product out of or back into
// its sales channels; every reader then trusts the channel.

import { compareDates, toIsoDate, type DateInput, type IsoDate } from "./dates";

export type SaleBlock =
  | "no_certificate"
  | "certificate_pending"
  | "certificate_revoked"
  | "certificate_expired"
  | "producer_inactive";

export const SALE_BLOCKS: readonly SaleBlock[] = Object.freeze([
  "no_certificate",
  "certificate_pending",
  "certificate_revoked",
  "certificate_expired",
  "producer_inactive",
]);

export type SaleFacts = {
  /** The product's certificate as stored: status valid | expired | revoked | pending_verification. */
  certificate: { status: string; expires_at: DateInput } | null | undefined;
  /** The product's producer (none: a product of the marketplace itself). */
  producer?: { status: string } | null;
};

export type SaleStatus =
  | { on_sale: true }
  | {
      on_sale: false;
      reason_code: SaleBlock;
      /** For an expired certificate: its last day in force. */
      expired_on?: IsoDate;
    };

/** Whether the product may be sold on `today` (a calendar day in Vietnam), and if not, why. */
export function saleStatus(facts: SaleFacts, today: DateInput): SaleStatus {
  const cert = facts.certificate;
  if (!cert) return { on_sale: false, reason_code: "no_certificate" };
  if (cert.status === "revoked") return { on_sale: false, reason_code: "certificate_revoked" };
  if (cert.status === "pending_verification") return { on_sale: false, reason_code: "certificate_pending" };
  const last = toIsoDate(cert.expires_at);
  if (cert.status !== "valid" || compareDates(today, last) > 0) {
    return { on_sale: false, reason_code: "certificate_expired", expired_on: last };
  }
  if (facts.producer && facts.producer.status !== "active") return { on_sale: false, reason_code: "producer_inactive" };
  return { on_sale: true };
}

export function isSaleBlock(value: unknown): value is SaleBlock {
  return typeof value === "string" && (SALE_BLOCKS as readonly string[]).includes(value);
}
