import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { resolveProducerScope } from "../lib/scope"
import { ProducerListReviews, ProducerReplyReview } from "./validators"

// Reviews of the signed-in producer's products and its replies (src/api/producer/reviews).
// Spread into src/api/producer/middlewares.ts.
export const producerReviewMiddlewares: MiddlewareRoute[] = [
  { matcher: "/producer/reviews*", middlewares: [authenticate("producer", ["session", "bearer"]), resolveProducerScope] },
  {
    matcher: "/producer/reviews",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(ProducerListReviews, { defaults: ["id"], isList: true })],
  },
  { matcher: "/producer/reviews/:id/reply", method: ["POST"], middlewares: [validateAndTransformBody(ProducerReplyReview)] },
]
