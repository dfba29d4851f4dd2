import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordVisitStep } from "./steps"

/** Records a click through a partner's link (POST /store/partner-visits); see steps/record-partner-visit.ts. */
export const recordPartnerVisitWorkflow = createWorkflow("partner-record-visit", (input: { code: string; path: string }) => {
  return new WorkflowResponse(recordVisitStep(input))
})
