import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findInterruptedCheckout } from "../utils/interrupted-checkout"

/**
 * Medusa's completeCartWorkflow creates the order first and authorizes the payment last; a
 * retry that finds the order skips all of that. So when the process died in between (crash,
 * deploy, SIGKILL), the order would stay without its payment, reservations or cart completion.
 * This step finds such an order: it exists, is not canceled, and the cart's payment session was
 * never tried (`pending` without a payment). An order whose payment was attempted (authorized,
 * deferred or refused) is left as it is.
 */
export const findInterruptedCheckoutStep = createStep(
  "ocop-find-interrupted-checkout",
  async (input: { cart_id: string }, { container }) => {
    return new StepResponse(await findInterruptedCheckout(container, input.cart_id))
  }
)
