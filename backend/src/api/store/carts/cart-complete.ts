import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { findInterruptedCheckout } from "../../../workflows/checkout/utils/interrupted-checkout"
import { finishInterruptedCheckoutWorkflow } from "../../../workflows/checkout/finish-interrupted-checkout"

/**
 * Runs before Medusa's `POST /store/carts/:id/complete`. A shopper retries a completion whose
 * first try the backend did not live to answer; when that try had created the order but died
 * before the payment, the rest is finished here, then Medusa's route hands back the order.
 * Most completions have no order yet: that costs one link lookup.
 */
export async function finishInterruptedCheckout(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const cartId = (req.params as { id: string }).id
  try {
    if (await findInterruptedCheckout(req.scope, cartId)) {
      await finishInterruptedCheckoutWorkflow(req.scope).run({ input: { cart_id: cartId } })
    }
  } catch (error) {
    // A busy lock or a refused payment: Medusa's route answers as it would have (409 or the order).
    req.scope
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Could not finish the interrupted checkout of cart ${cartId}: ${(error as Error)?.message}`)
  }
  next()
}
