import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setReviewStatusWorkflow } from "../../../../workflows/reviews"
import type { AdminSetReviewStatusType } from "../validators"

/**
 * POST /admin/reviews/:id { status: "hidden" | "visible" } → { review }: hides a review (it leaves
 * every count and average at once) or restores it. 404 for an unknown review.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminSetReviewStatusType>, res: MedusaResponse) {
  const { result } = await setReviewStatusWorkflow(req.scope).run({ input: { review_id: req.params.id!, status: req.validatedBody.status } })
  res.json({ review: result })
}
