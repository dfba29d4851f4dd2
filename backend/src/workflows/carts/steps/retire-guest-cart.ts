import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The guest cart, merged into the customer's, is soft-deleted; compensation restores it. */
export const retireGuestCartStep = createStep("carts-retire-guest-cart", async (cartId: string, { container }) => {
  await container.resolve(Modules.CART).softDeleteCarts([cartId])
  return new StepResponse(undefined, cartId)
}, async (cartId, { container }) => {
  if (cartId) await container.resolve(Modules.CART).restoreCarts([cartId])
})
