import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reviewsService } from "../utils/service"

export type CreateReviewReplyStepInput = { review_id: string; producer_id: string; content: string }

/**
 * The producer's one public reply. A review of another producer's product is a 404 (its existence
 * is none of their business); a second reply is refused.
 */
export const createReviewReplyStep = createStep(
  "create-review-reply",
  async (input: CreateReviewReplyStepInput, { container }) => {
    const service = reviewsService(container)
    const [review] = await service.listReviews({ id: input.review_id, producer_id: input.producer_id }, { relations: ["reply"] })
    if (!review) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review ${input.review_id} was not found among your products' reviews`)
    if (review.reply) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "You have already replied to this review; a review gets one reply")
    const reply = await service.createReviewReplies({ review_id: review.id, producer_id: input.producer_id, content: input.content })
    return new StepResponse(reply, reply.id)
  },
  async (id, { container }) => {
    if (id) await reviewsService(container).deleteReviewReplies(id)
  }
)
