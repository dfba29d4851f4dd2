import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setReviewStatusStep, type SetReviewStatusStepInput } from "./steps/set-review-status"

/** The admin's moderation: hide a review or restore it. */
export const setReviewStatusWorkflow = createWorkflow("set-review-status", (input: SetReviewStatusStepInput) => {
  return new WorkflowResponse(setReviewStatusStep(input))
})
