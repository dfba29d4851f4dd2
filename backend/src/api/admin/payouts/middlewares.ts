import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreatePayoutBatch, AdminPayPayoutBatch } from "./validators"

// Payout batches (src/api/admin/payouts): Medusa authenticates /admin/* as a platform user.
export const adminPayoutMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/payouts", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreatePayoutBatch)] },
  { matcher: "/admin/payouts/:id/pay", method: ["POST"], middlewares: [validateAndTransformBody(AdminPayPayoutBatch)] },
]
