import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reviewsService } from "../utils/service"

export type CreateReviewReportStepInput = { review_id: string; reason: string; reporter_id?: string | null }

/** Someone reports a visible review to the admin. Hidden reviews are not public, hence 404. */
export const createReviewReportStep = createStep(
  "create-review-report",
  async (input: CreateReviewReportStepInput, { container }) => {
    const service = reviewsService(container)
    const [review] = await service.listReviews({ id: input.review_id, status: "visible" }, { select: ["id"] })
    if (!review) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review ${input.review_id} was not found`)
    const report = await service.createReviewReports({ review_id: review.id, reason: input.reason, reporter_id: input.reporter_id ?? null })
    return new StepResponse(report, report.id)
  },
  async (id, { container }) => {
    if (id) await reviewsService(container).deleteReviewReports(id)
  }
)
