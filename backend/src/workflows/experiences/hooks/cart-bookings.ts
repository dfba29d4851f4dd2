import { addToCartWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { cartLines, productsOfVariants } from "../utils/bookings"
import { checkCartBooking } from "../utils/check-cart-booking"
import { assertVariantsOnSale, cartVariants } from "../../ocop/utils/products-on-sale"

// Medusa allows ONE handler per workflow hook: these are the add-to-cart and update-line-item
// `validate` handlers of the whole application. Other features add their checks here.

addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const items = (input.items ?? []).filter((i) => i.variant_id)
  if (!items.length) return
  // Only products on sale (src/workflows/ocop/utils/products-on-sale.ts).
  const { sales_channel_id } = await cartVariants(container, input.cart_id)
  await assertVariantsOnSale(container, items.map((i) => i.variant_id!), sales_channel_id)
  const products = await productsOfVariants(container, items.map((i) => i.variant_id!))
  const lines = await cartLines(container, input.cart_id)
  for (const item of items) {
    await checkCartBooking(container, products.get(item.variant_id!), {
      variant_id: item.variant_id!,
      quantity: item.quantity,
      metadata: item.metadata as Record<string, unknown> | null,
    }, lines)
  }
})

updateLineItemInCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const quantity = input.update?.quantity
  if (quantity !== undefined && Number(quantity) === 0) return // removing the line
  const lines = await cartLines(container, input.cart_id)
  const line = lines.find((l) => l.id === input.item_id)
  if (!line?.variant_id) return
  const products = await productsOfVariants(container, [line.variant_id])
  await checkCartBooking(container, products.get(line.variant_id), {
    variant_id: line.variant_id,
    quantity: quantity ?? line.quantity,
    metadata: (input.update?.metadata as Record<string, unknown> | null | undefined) ?? line.metadata,
    line_id: line.id,
  }, lines)
})
