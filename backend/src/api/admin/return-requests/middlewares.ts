import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminListReturns, AdminRefundTransferred } from "./validators"

// Return requests in the admin (src/api/admin/return-requests): Medusa authenticates /admin/* as a platform user.
export const adminReturnMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/return-requests", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListReturns, { defaults: ["id"], isList: true })] },
  { matcher: "/admin/return-requests/:id/refund-transferred", method: ["POST"], middlewares: [validateAndTransformBody(AdminRefundTransferred)] },
]
