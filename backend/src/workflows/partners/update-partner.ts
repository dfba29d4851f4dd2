import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updatePartnerStep } from "./steps"

/** Changes a partner's commission rate (0–1); orders already placed keep the rate they were placed at. */
export const updatePartnerWorkflow = createWorkflow("partner-update-rate", (input: { id: string; commission_rate: number }) => {
  return new WorkflowResponse(updatePartnerStep(input))
})
