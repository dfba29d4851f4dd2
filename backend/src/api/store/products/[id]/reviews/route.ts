import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createReviewWorkflow } from "../../../../../workflows/reviews"
import { productSummaries, publicReview, reviewsOf } from "../../../reviews/public"
import type { StoreCreateReviewType, StoreListReviewsType } from "../../../reviews/validators"

/**
 * GET /store/products/:id/reviews?limit&offset&sort=newest|helpful → { reviews, count, average,
 * distribution, limit, offset }: the product's visible reviews (hidden ones count nowhere) with the
 * producer's replies. Public.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { limit, offset, sort } = req.validatedQuery as StoreListReviewsType
  const productId = req.params.id!
  const [reviews] = await reviewsOf(req.scope).listAndCountReviews(
    { product_id: productId, status: "visible" },
    {
      relations: ["reply"],
      take: limit,
      skip: offset,
      order: sort === "helpful" ? { helpful_count: "DESC", created_at: "DESC" } : { created_at: "DESC" },
    }
  )
  const summary = (await productSummaries(req.scope, [productId]))[productId]!
  res.json({ reviews: reviews.map(publicReview), ...summary, limit, offset })
}

/**
 * POST /store/products/:id/reviews { rating, content, images? } → 201 { review }: a signed-in
 * customer's review of a product delivered to them (once per order line, within 90 days); 401
 * anonymous, 403 with the reason (`code`) for anyone else.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateReviewType>, res: MedusaResponse) {
  const { result } = await createReviewWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, product_id: req.params.id!, ...req.validatedBody },
  })
  res.status(201).json({ review: publicReview({ ...result, reply: null }) })
}
