import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

export const StoreOrderLookup = z
  .object({
    display_id: z.coerce.number({ message: "display_id must be the order number, e.g. 12" }).int().positive().max(2_000_000_000),
    email: z.string().trim().min(3).max(320).email({ message: "email must be the e-mail address the order was placed with" }),
  })
  .strict()
export type StoreOrderLookupType = z.infer<typeof StoreOrderLookup>

// A guest's order look-up (src/api/store/order-lookup/route.ts); its rate limit is with the logins'
// (src/api/lib/security/middlewares.ts). Spread into src/api/store/middlewares.ts.
export const orderLookupMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/order-lookup", method: ["POST"], middlewares: [validateAndTransformBody(StoreOrderLookup)] },
]
