import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reviewsService } from "../utils/service"

export type SetReviewStatusStepInput = { review_id: string; status: "visible" | "hidden" }

/** The admin hides a review (it leaves every count and average) or restores it; undone by the previous status. */
export const setReviewStatusStep = createStep(
  "set-review-status",
  async (input: SetReviewStatusStepInput, { container }) => {
    const service = reviewsService(container)
    const [review] = await service.listReviews({ id: input.review_id }, { select: ["id", "status"] })
    if (!review) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review ${input.review_id} was not found`)
    const updated = await service.updateReviews({ id: review.id, status: input.status })
    return new StepResponse(updated, { id: review.id, status: review.status })
  },
  async (previous, { container }) => {
    if (previous) await reviewsService(container).updateReviews(previous)
  }
)
