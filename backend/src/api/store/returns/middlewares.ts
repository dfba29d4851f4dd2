import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreDisputeReturn, StoreRequestReturn } from "./validators"

// A buyer's returns (src/api/store/orders/[id]/returns, src/api/store/returns): signed-in customers only.
const customer = authenticate("customer", ["session", "bearer"])

export const storeReturnMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/orders/:id/returns", middlewares: [customer] },
  { matcher: "/store/orders/:id/returns", method: ["POST"], middlewares: [validateAndTransformBody(StoreRequestReturn)] },
  { matcher: "/store/returns/:id/dispute", method: ["POST"], middlewares: [customer, validateAndTransformBody(StoreDisputeReturn)] },
]
