import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { setReturnStatusStep } from "./steps/set-return-status"

/**
 * The buyer disputes a producer's refusal: the admin is asked to decide (and may overrule it).
 * Emits `ocop.return.disputed` { id, order_id, producer_id }.
 */
export const disputeReturnWorkflow = createWorkflow("returns-dispute", (input: { id: string; customer_id: string; note: string }) => {
  const request = setReturnStatusStep({
    id: input.id,
    actor: { type: "customer", id: input.customer_id },
    to: "disputed",
    from: ["refused"],
    dispute_note: input.note,
  })
  const data = transform({ request }, ({ request }) => ({ id: request.id, order_id: request.order_id, producer_id: request.producer_id }))
  emitEventStep({ eventName: "ocop.return.disputed", data })
  return new WorkflowResponse(request)
})
