import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setReturnStatusStep } from "./steps/set-return-status"

/** The producer refuses a return request, with the reason the buyer (and the admin) will read. */
export const refuseReturnWorkflow = createWorkflow("returns-refuse", (input: { id: string; producer_id: string; reason: string }) => {
  const request = setReturnStatusStep({
    id: input.id,
    actor: { type: "producer", id: input.producer_id },
    to: "refused",
    from: ["requested"],
    refusal_reason: input.reason,
  })
  return new WorkflowResponse(request)
})
