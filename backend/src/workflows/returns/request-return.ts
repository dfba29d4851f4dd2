import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createReturnRequestStep, type RequestReturnInput } from "./steps/create-return-request"
import { loadReturnableOrderStep } from "./steps/load-returnable-order"

/**
 * A buyer asks to return delivered items of one producer, inside the return window, with a
 * reason (and photos). Emits `ocop.return.requested` { id, order_id, producer_id }.
 */
export const requestReturnWorkflow = createWorkflow("returns-request", (input: RequestReturnInput) => {
  const order = loadReturnableOrderStep({ order_id: input.order_id, customer_id: input.customer_id })
  const request = createReturnRequestStep({ input, order })
  const data = transform({ request }, ({ request }) => ({ id: request.id, order_id: request.order_id, producer_id: request.producer_id }))
  emitEventStep({ eventName: "ocop.return.requested", data })
  return new WorkflowResponse(request)
})
