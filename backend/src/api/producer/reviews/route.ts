import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { publicReview, reviewsOf } from "../../store/reviews/public"
import { producerScope } from "../lib/scope"
import type { ProducerListReviewsType } from "./validators"

/**
 * GET /producer/reviews?limit&offset&unanswered=true → { reviews, count, average, distribution,
 * limit, offset }: the visible reviews of the producer's own products, newest first, and its
 * average over them. Nothing of other producers.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { producer_id } = producerScope(req)
  const { limit, offset, unanswered } = req.validatedQuery as ProducerListReviewsType
  const service = reviewsOf(req.scope)
  const filters = { producer_id, status: "visible" as const }
  let reviews, count
  if (unanswered === "true") {
    // Replies live in their own table: filter after loading (a producer has few hundred reviews at most).
    const open = (await service.listReviews(filters, { relations: ["reply"], order: { created_at: "DESC" } })).filter((r) => !r.reply)
    ;[reviews, count] = [open.slice(offset, offset + limit), open.length]
  } else {
    ;[reviews, count] = await service.listAndCountReviews(filters, { relations: ["reply"], order: { created_at: "DESC" }, take: limit, skip: offset })
  }
  const summary = await service.summarizeProducer(producer_id)
  res.json({ reviews: reviews.map(publicReview), average: summary.average, distribution: summary.distribution, count, limit, offset })
}
