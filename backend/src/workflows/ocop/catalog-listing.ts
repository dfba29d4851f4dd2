import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { saleStatus, toIsoDate, type SaleBlock } from "@ocop/core"
import { todayInVietnam, type NowInput } from "../lib/dates"
import { expiryReason } from "./certificate-rules"

/**
 * The one catalog rule (@ocop/core saleStatus), applied where Medusa enforces it: a product not
 * on sale is taken out of its sales channels, so Medusa's store routes, carts (see
 * src/workflows/ocop/hooks) and every reader that keeps to the key's channels stop offering it.
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

type ListedProduct = {
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
function blockReason(product: ListedProduct, code: SaleBlock): string {
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

function channelLinks(productId: string, channelIds: string[]) {
  return channelIds.map((id) => ({
    [Modules.PRODUCT]: { product_id: productId },
    [Modules.SALES_CHANNEL]: { sales_channel_id: id },
  }))
}

const SALE_FIELDS = [
  "id",
  "metadata",
  "sales_channels.id",
  "ocop_certificate.status",
  "ocop_certificate.status_reason",
  "ocop_certificate.decision_date",
  "ocop_certificate.expires_at",
  "producer.status",
]

async function readProducts(container: { resolve: Function }, input: SyncProductsOnSaleInput) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ids = new Set(input.product_ids ?? [])
  if (input.producer_ids?.length) {
    const { data } = await query.graph({ entity: "producer", fields: ["id", "products.id"], filters: { id: input.producer_ids } })
    for (const p of data as Array<{ products?: Array<{ id: string } | null> | null }>) {
      for (const product of p.products ?? []) if (product) ids.add(product.id)
    }
  }
  if (!ids.size) return [] as ListedProduct[]
  const { data } = await query.graph({ entity: "product", fields: SALE_FIELDS, filters: { id: [...ids] } })
  return data as ListedProduct[]
}

type Undo = Array<{ id: string; metadata: Record<string, unknown> | null; removed: string[]; added: string[] }>

export type SyncProductsOnSaleInput = {
  product_ids?: string[]
  /** Every product of these producers. */
  producer_ids?: string[]
  /** The moment to judge by (the workflow's clock); default the current time. */
  now?: NowInput | null
}

export type SaleChange = { product_id: string; on_sale: boolean; reason_code: SaleBlock | null }

/**
 * Brings each product's sales channels in line with the rule. Writes only what changes: a product
 * already where it belongs is left alone. Answers the products whose sale changed.
 */
export const syncProductsOnSaleStep = createStep(
  "ocop-sync-products-on-sale",
  async (input: SyncProductsOnSaleInput, { container }) => {
    const today = todayInVietnam(input.now)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const productService = container.resolve(Modules.PRODUCT)
    const undo: Undo = []
    const changes: SaleChange[] = []
    for (const product of await readProducts(container, input)) {
      const channels = (product.sales_channels ?? []).filter((c): c is { id: string } => !!c).map((c) => c.id)
      const earlier = delistingOf(product.metadata)
      const status = saleStatus({ certificate: product.ocop_certificate, producer: product.producer }, today)
      if (status.on_sale) {
        if (!earlier) continue
        const missing = earlier.sales_channel_ids.filter((id) => !channels.includes(id))
        if (missing.length) await link.create(channelLinks(product.id, missing))
        // Medusa merges product metadata; an empty-string value is how a key is removed.
        await productService.updateProducts(product.id, { metadata: { [DELISTED_KEY]: "" } })
        undo.push({ id: product.id, metadata: product.metadata ?? null, removed: [], added: missing })
        changes.push({ product_id: product.id, on_sale: true, reason_code: null })
        continue
      }
      const reason = blockReason(product, status.reason_code)
      if (earlier && !channels.length && earlier.reason_code === status.reason_code && earlier.reason === reason) continue
      const delisting: Delisting = {
        reason_code: status.reason_code,
        reason,
        at: earlier && earlier.reason_code === status.reason_code ? earlier.at : new Date().toISOString(),
        // Put back in a channel by hand meanwhile: remember every channel.
        sales_channel_ids: [...new Set([...(earlier?.sales_channel_ids ?? []), ...channels])],
        ...(status.expired_on ? { expired_on: status.expired_on } : {}),
      }
      if (channels.length) await link.dismiss(channelLinks(product.id, channels))
      await productService.updateProducts(product.id, { metadata: { [DELISTED_KEY]: delisting } })
      undo.push({ id: product.id, metadata: product.metadata ?? null, removed: channels, added: [] })
      if (!earlier || channels.length) changes.push({ product_id: product.id, on_sale: false, reason_code: status.reason_code })
    }
    return new StepResponse(changes, undo)
  },
  async (undo, { container }) => {
    if (!undo?.length) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const products = container.resolve(Modules.PRODUCT)
    for (const entry of undo) {
      if (entry.added.length) await link.dismiss(channelLinks(entry.id, entry.added))
      if (entry.removed.length) await link.create(channelLinks(entry.id, entry.removed))
      const earlier = delistingOf(entry.metadata)
      await products.updateProducts(entry.id, { metadata: { [DELISTED_KEY]: earlier ?? "" } })
    }
  }
)
