import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createReviewReportStep, type CreateReviewReportStepInput } from "./steps/create-review-report"

/** Anyone reports a review; the admin's list shows how often and why. */
export const reportReviewWorkflow = createWorkflow("report-review", (input: CreateReviewReportStepInput) => {
  return new WorkflowResponse(createReviewReportStep(input))
})
