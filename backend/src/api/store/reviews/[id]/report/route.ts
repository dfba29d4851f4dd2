import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reportReviewWorkflow } from "../../../../../workflows/reviews"
import type { StoreReportReviewType } from "../../validators"

/**
 * POST /store/reviews/:id/report { reason } → 201 { report: { id } }: anyone, signed in or not,
 * flags a review for the admin. The review stays visible until the admin hides it.
 */
export async function POST(req: MedusaRequest<StoreReportReviewType>, res: MedusaResponse) {
  const actor = (req as MedusaRequest & { auth_context?: { actor_id?: string } }).auth_context?.actor_id
  const { result } = await reportReviewWorkflow(req.scope).run({
    input: { review_id: req.params.id!, reason: req.validatedBody.reason, reporter_id: actor || null },
  })
  res.status(201).json({ report: { id: result.id } })
}
