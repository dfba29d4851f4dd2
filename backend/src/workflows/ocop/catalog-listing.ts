import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * A product whose certificate expired leaves the storefront's catalog: it is taken out of its
 * sales channels (what Medusa's store API lists by the publishable key), and the product's
 * metadata keeps why, when and from which channels, so the admin sees it and a renewed
 * certificate can put the product back where it was.
 */
export const DELISTED_KEY = "ocop_delisted"

export type Delisting = {
  reason_code: "certificate_expired"
  reason: string
  at: string
  sales_channel_ids: string[]
}

type ListedProduct = { id: string; metadata?: Record<string, unknown> | null; sales_channels?: Array<{ id: string } | null> | null }

export function delistingOf(metadata: Record<string, unknown> | null | undefined): Delisting | null {
  const value = metadata?.[DELISTED_KEY] as Delisting | undefined
  return value && Array.isArray(value.sales_channel_ids) ? value : null
}

function channelLinks(productId: string, channelIds: string[]) {
  return channelIds.map((id) => ({
    [Modules.PRODUCT]: { product_id: productId },
    [Modules.SALES_CHANNEL]: { sales_channel_id: id },
  }))
}

async function readProducts(container: { resolve: Function }, ids: string[]) {
  if (!ids.length) return [] as ListedProduct[]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "metadata", "sales_channels.id"], filters: { id: ids } })
  return data as ListedProduct[]
}

type Undo = Array<{ id: string; metadata: Record<string, unknown> | null; removed: string[]; added: string[] }>

async function undoListingChanges(undo: Undo | undefined, container: { resolve: Function }) {
  if (!undo?.length) return
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const products = container.resolve(Modules.PRODUCT)
  for (const entry of undo) {
    if (entry.added.length) await link.dismiss(channelLinks(entry.id, entry.added))
    if (entry.removed.length) await link.create(channelLinks(entry.id, entry.removed))
    // Product metadata is merged on update: put the earlier record back, or remove ours ("").
    const earlier = delistingOf(entry.metadata)
    await products.updateProducts(entry.id, { metadata: { [DELISTED_KEY]: earlier ?? "" } })
  }
}

/** Takes each product out of all its sales channels and records the delisting on it. */
export const delistProductsStep = createStep(
  "ocop-delist-products",
  async (input: { products: Array<{ id: string; reason: string }>; at: string }, { container }) => {
    const reasons = new Map(input.products.map((p) => [p.id, p.reason]))
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const productService = container.resolve(Modules.PRODUCT)
    const undo: Undo = []
    for (const product of await readProducts(container, [...reasons.keys()])) {
      const channels = (product.sales_channels ?? []).filter((c): c is { id: string } => !!c).map((c) => c.id)
      const earlier = delistingOf(product.metadata)
      const delisting: Delisting = {
        reason_code: "certificate_expired",
        reason: reasons.get(product.id)!,
        at: input.at,
        // Delisted twice (e.g. put back in a channel by hand meanwhile): remember every channel.
        sales_channel_ids: [...new Set([...(earlier?.sales_channel_ids ?? []), ...channels])],
      }
      if (channels.length) await link.dismiss(channelLinks(product.id, channels))
      await productService.updateProducts(product.id, { metadata: { [DELISTED_KEY]: delisting } })
      undo.push({ id: product.id, metadata: product.metadata ?? null, removed: channels, added: [] })
    }
    return new StepResponse(undo.map((u) => u.id), undo)
  },
  (undo, { container }) => undoListingChanges(undo, container)
)

/** Puts a delisted product back into the sales channels it was taken from and clears the record. */
export const relistProductStep = createStep(
  "ocop-relist-product",
  async (input: { product_id: string }, { container }) => {
    const [product] = await readProducts(container, [input.product_id])
    const delisting = delistingOf(product?.metadata)
    if (!product || !delisting) return new StepResponse({ relisted: false, sales_channel_ids: [] as string[] }, [] as Undo)
    const current = new Set((product.sales_channels ?? []).filter((c): c is { id: string } => !!c).map((c) => c.id))
    const missing = delisting.sales_channel_ids.filter((id) => !current.has(id))
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (missing.length) await link.create(channelLinks(product.id, missing))
    // Medusa merges product metadata; an empty-string value is how a key is removed.
    await container.resolve(Modules.PRODUCT).updateProducts(product.id, { metadata: { [DELISTED_KEY]: "" } })
    const undo: Undo = [{ id: product.id, metadata: product.metadata ?? null, removed: [], added: missing }]
    return new StepResponse({ relisted: true, sales_channel_ids: delisting.sales_channel_ids }, undo)
  },
  (undo, { container }) => undoListingChanges(undo, container)
)
