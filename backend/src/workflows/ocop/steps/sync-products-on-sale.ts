import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { saleStatus, type SaleBlock } from "@ocop/core"
import { todayInVietnam, type NowInput } from "../../lib/dates"
import { blockReason, delistingOf, DELISTED_KEY, type Delisting } from "../listing-rules"
import { readProducts } from "../utils/listed-products"

function channelLinks(productId: string, channelIds: string[]) {
  return channelIds.map((id) => ({
    [Modules.PRODUCT]: { product_id: productId },
    [Modules.SALES_CHANNEL]: { sales_channel_id: id },
  }))
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
