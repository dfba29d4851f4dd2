import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminListReviews, AdminSetReviewStatus } from "./validators"

// Review moderation (src/api/admin/reviews): Medusa authenticates /admin/* as a platform user.
export const adminReviewMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/reviews", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListReviews, { defaults: ["id"], isList: true })] },
  { matcher: "/admin/reviews/:id", method: ["POST"], middlewares: [validateAndTransformBody(AdminSetReviewStatus)] },
]
