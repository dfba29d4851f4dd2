import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createReviewReplyStep, type CreateReviewReplyStepInput } from "./steps/create-review-reply"

/** A producer answers a review of one of its own products, once and publicly. */
export const replyToReviewWorkflow = createWorkflow("reply-to-review", (input: CreateReviewReplyStepInput) => {
  return new WorkflowResponse(createReviewReplyStep(input))
})
