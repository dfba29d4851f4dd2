import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminListReturns, AdminRefundTransferred } from "./validators"

// Return requests in the admin (src/api/admin/returns): Medusa authenticates /admin/* as a platform user.
export const adminReturnMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/returns", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListReturns, { defaults: ["id"], isList: true })] },
  { matcher: "/admin/returns/:id/refund-transferred", method: ["POST"], middlewares: [validateAndTransformBody(AdminRefundTransferred)] },
]
