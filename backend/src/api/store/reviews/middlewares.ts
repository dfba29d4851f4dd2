import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { REVIEW_MAX_IMAGES } from "@ocop/core/dist/server"
import { imageReceiver } from "../../producer/uploads/receive-images"
import { StoreCreateReview, StoreListReviews, StoreReportReview, StoreReviewable } from "./validators"

const listConfig = { defaults: ["id"], isList: true }

// Buyers' reviews on the store (src/api/store/products/[id]/reviews, src/api/store/reviews).
// Spread into src/api/store/middlewares.ts.
export const storeReviewMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/products/:id/reviews", method: ["GET"], middlewares: [validateAndTransformQuery(StoreListReviews, listConfig)] },
  {
    matcher: "/store/products/:id/reviews",
    method: ["POST"],
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformBody(StoreCreateReview)],
  },
  {
    matcher: "/store/customers/me/reviewable",
    method: ["GET"],
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformQuery(StoreReviewable, { defaults: ["id"], isList: true })],
  },
  {
    matcher: "/store/reviews/uploads",
    method: ["POST"],
    middlewares: [authenticate("customer", ["session", "bearer"]), imageReceiver(REVIEW_MAX_IMAGES)],
  },
  {
    matcher: "/store/reviews/:id/report",
    method: ["POST"],
    // Anyone may report; a signed-in customer is remembered as the reporter.
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), validateAndTransformBody(StoreReportReview)],
  },
]
