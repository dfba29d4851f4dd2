import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reviewableLines } from "@ocop/core/dist/server"
import { customerLines } from "../../../../../workflows/reviews/utils/purchased-lines"
import { publicReview, reviewsOf } from "../../../reviews/public"
import type { StoreReviewableType } from "../../../reviews/validators"

/**
 * GET /store/customers/me/reviewable?order_id= → { lines: [{ line_item_id, order_id, product_id,
 * product_title, product_handle, delivered_at }], reviewed: [{ line_item_id, order_id, review }] }:
 * the signed-in customer's delivered lines it may still review (not reviewed, delivered within 90
 * days), newest delivery first, and the lines it already reviewed with its review — the order
 * page's "review what you received".
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const { order_id } = req.validatedQuery as StoreReviewableType
  const lines = (await customerLines(req.scope.resolve(ContainerRegistrationKeys.QUERY), customerId)).filter((l) => !order_id || l.order_id === order_id)
  const reviews = reviewsOf(req.scope)
  const reviewed = await reviews.listReviews({ customer_id: customerId }, { select: ["order_line_item_id"], withDeleted: true })
  const own = await reviews.listReviews({ customer_id: customerId, ...(order_id ? { order_id } : {}) }, { relations: ["reply"], order: { created_at: "DESC" } })
  res.json({
    lines: reviewableLines(lines, reviewed.map((r) => r.order_line_item_id), new Date()),
    reviewed: own.map((r) => ({ line_item_id: r.order_line_item_id, order_id: r.order_id, review: publicReview(r) })),
  })
}
