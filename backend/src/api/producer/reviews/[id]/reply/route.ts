import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { replyToReviewWorkflow } from "../../../../../workflows/reviews"
import { producerScope } from "../../../lib/scope"
import type { ProducerReplyReviewType } from "../../validators"

/**
 * POST /producer/reviews/:id/reply { content } → 201 { reply }: the producer's one public reply to a
 * review of its own product. 404 for another producer's review, 400 for a second reply.
 */
export async function POST(req: AuthenticatedMedusaRequest<ProducerReplyReviewType>, res: MedusaResponse) {
  const { producer_id } = producerScope(req)
  const { result } = await replyToReviewWorkflow(req.scope).run({
    input: { review_id: req.params.id!, producer_id, content: req.validatedBody.content },
  })
  res.status(201).json({ reply: { id: result.id, review_id: req.params.id, content: result.content, created_at: result.created_at } })
}
