// The cart's side of the catalog rule: a cart may hold only products on sale, which are exactly
// the products in the cart's sales channel (steps/sync-products-on-sale.ts takes the others out). Called from
// the application's one add-to-cart and one complete-cart `validate` hook handlers
// (src/workflows/experiences/hooks/cart-bookings.ts, src/workflows/payments/hooks/complete-cart-validate.ts),
// before anything is reserved or charged.

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { delistingOf } from "../listing-rules"

type VariantRow = {
  id: string
  product?: {
    id: string
    title?: string | null
    metadata?: Record<string, unknown> | null
    sales_channels?: Array<{ id: string } | null> | null
  } | null
}

/** Throws a 400 naming the first product (of these variants) not on sale in `salesChannelId`, with why. */
export async function assertVariantsOnSale(container: MedusaContainer, variantIds: string[], salesChannelId: string | null | undefined) {
  const ids = [...new Set(variantIds.filter(Boolean))]
  if (!ids.length || !salesChannelId) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product.id", "product.title", "product.metadata", "product.sales_channels.id"],
    filters: { id: ids },
  })
  for (const variant of data as VariantRow[]) {
    const product = variant.product
    if (!product) continue
    if ((product.sales_channels ?? []).some((c) => c?.id === salesChannelId)) continue
    const why = delistingOf(product.metadata)?.reason ?? "Sản phẩm không được bán ở cửa hàng này. It is not sold in this shop."
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `«${product.title ?? product.id}» hiện không bán / is not on sale: ${why} Hãy xoá khỏi giỏ hàng. Please remove it from your cart.`
    )
  }
}

/** The cart's sales channel and the variants of its lines. */
export async function cartVariants(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "sales_channel_id", "items.variant_id"], filters: { id: cartId } })
  const cart = data[0] as { sales_channel_id?: string | null; items?: Array<{ variant_id?: string | null } | null> | null } | undefined
  return {
    sales_channel_id: cart?.sales_channel_id ?? null,
    variant_ids: (cart?.items ?? []).map((i) => i?.variant_id).filter((id): id is string => !!id),
  }
}
