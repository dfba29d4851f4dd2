import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertCodFitsCart } from "../cod-rules"
import { assertVariantsOnSale, cartVariants } from "../../ocop/utils/products-on-sale"

// Medusa allows ONE handler per workflow hook: if another feature needs completeCartWorkflow's
// `validate` hook, call its check from here (or move this call there) instead of registering
// a second handler, which stops the server at start-up.
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  // A product that left sale since it was added (e.g. its certificate expired) stops the order.
  const lines = await cartVariants(container, (cart as { id: string }).id)
  await assertVariantsOnSale(container, lines.variant_ids, lines.sales_channel_id)
  assertCodFitsCart(cart as Parameters<typeof assertCodFitsCart>[0])
})
