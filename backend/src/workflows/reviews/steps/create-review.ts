import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reviewsService } from "../utils/service"

export type CreateReviewStepInput = {
  product_id: string
  producer_id: string | null
  customer_id: string
  order_id: string
  order_line_item_id: string
  author_name: string
  delivered_at: Date
  rating: number
  content: string
  images: string[]
}

/** Stores the review (visible at once); undone by deleting it. */
export const createReviewStep = createStep(
  "create-review",
  async (input: CreateReviewStepInput, { container }) => {
    const review = await reviewsService(container).createReviews(input)
    return new StepResponse(review, review.id)
  },
  async (id, { container }) => {
    if (id) await reviewsService(container).deleteReviews(id)
  }
)
