import { toIsoDate, type SaleBlock } from "@ocop/core"
import { expiryReason } from "./certificate-rules"

/**
 * The one catalog rule (@ocop/core saleStatus), applied where Medusa enforces it: a product not
 * on sale is taken out of its sales channels, so Medusa's store routes, carts (see
 * ocop/utils/products-on-sale.ts, called from the payments and experiences hooks) and every
 * reader that keeps to the key's channels stop offering it.
 * The product's metadata keeps why, since when and from which channels, so the admin and the
 * product page can say why and the product goes back where it was once it may be sold again.
 */
export const DELISTED_KEY = "ocop_delisted"

export type Delisting = {
  reason_code: SaleBlock
  /** Bilingual: Vietnamese, then English. */
  reason: string
  at: string
  sales_channel_ids: string[]
  /** For an expired certificate: its last day in force (YYYY-MM-DD). */
  expired_on?: string
}

export type ListedProduct = {
  id: string
  metadata?: Record<string, unknown> | null
  sales_channels?: Array<{ id: string } | null> | null
  ocop_certificate?: { status: string; status_reason?: string | null; decision_date: string | Date; expires_at: string | Date } | null
  producer?: { status: string; status_reason?: string | null } | null
}

export function delistingOf(metadata: Record<string, unknown> | null | undefined): Delisting | null {
  const value = metadata?.[DELISTED_KEY] as Delisting | undefined
  return value && Array.isArray(value.sales_channel_ids) ? value : null
}

/** Why a product is not on sale, in words a shopper and the admin understand (vi, then en). */
export function blockReason(product: ListedProduct, code: SaleBlock): string {
  const cert = product.ocop_certificate
  switch (code) {
    case "no_certificate":
      return "Chưa có chứng nhận OCOP. No OCOP certificate yet."
    case "certificate_pending":
      return "Chứng nhận OCOP đang chờ xác minh. The OCOP certificate is awaiting verification."
    case "certificate_revoked":
      return `Chứng nhận OCOP đã bị thu hồi. The OCOP certificate was revoked.${cert?.status_reason ? ` (${cert.status_reason})` : ""}`
    case "certificate_expired":
      return expiryReason(toIsoDate(cert!.decision_date), toIsoDate(cert!.expires_at))
    case "producer_inactive":
      return "Chủ thể OCOP đang tạm ngừng bán trên sàn. The producer is not selling on the marketplace at the moment."
  }
}
