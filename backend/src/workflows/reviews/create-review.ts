import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkReviewEligibilityStep } from "./steps/check-review-eligibility"
import { createReviewStep } from "./steps/create-review"

export type CreateReviewInput = { customer_id: string; product_id: string; rating: number; content: string; images?: string[]; line_item_id?: string }

/**
 * A customer's review of a product they received: for the most recent delivered, not yet reviewed
 * line of the last 90 days, or for the line named (403 with the reason otherwise). Input already validated by the route.
 */
export const createReviewWorkflow = createWorkflow("create-review", (input: CreateReviewInput) => {
  const line = checkReviewEligibilityStep({ customer_id: input.customer_id, product_id: input.product_id, line_item_id: input.line_item_id })
  const data = transform({ input, line }, ({ input, line }) => ({
    product_id: input.product_id,
    producer_id: line.producer_id,
    customer_id: input.customer_id,
    order_id: line.order_id,
    order_line_item_id: line.line_item_id,
    author_name: line.author_name,
    delivered_at: line.delivered_at,
    rating: input.rating,
    content: input.content,
    images: input.images ?? [],
  }))
  return new WorkflowResponse(createReviewStep(data))
})
