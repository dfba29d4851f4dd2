import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reviewsOf } from "../../store/reviews/public"
import type { AdminListReviewsType } from "./validators"

/**
 * GET /admin/reviews?status&product_id&reported=true&limit&offset → { reviews, count, limit, offset }:
 * every review with its status, reply and reports (the reported ones first when asked), for moderation.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, status, product_id, reported } = req.validatedQuery as AdminListReviewsType
  const filters = { ...(status ? { status } : {}), ...(product_id ? { product_id } : {}) }
  const service = reviewsOf(req.scope)
  const config = { relations: ["reply", "reports"], order: { created_at: "DESC" as const } }
  let reviews, count
  if (reported === "true") {
    const flagged = (await service.listReviews(filters, config)).filter((r) => r.reports.length > 0)
    ;[reviews, count] = [flagged.slice(offset, offset + limit), flagged.length]
  } else {
    ;[reviews, count] = await service.listAndCountReviews(filters, { ...config, take: limit, skip: offset })
  }
  res.json({ reviews, count, limit, offset })
}
