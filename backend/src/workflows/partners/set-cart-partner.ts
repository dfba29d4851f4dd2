import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setCartPartnerStep } from "./steps"

/** Attributes a cart to the partner of a recorded visit (POST /store/carts/:id/partner). */
export const setCartPartnerWorkflow = createWorkflow("partner-set-cart-partner", (input: { cart_id: string; visit_id: string }) => {
  return new WorkflowResponse(setCartPartnerStep(input))
})
