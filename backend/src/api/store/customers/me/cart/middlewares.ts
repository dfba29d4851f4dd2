import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

export const StoreCustomerCart = z.object({ guest_cart_id: z.string().min(1).nullish() }).strict()
export type StoreCustomerCartType = z.infer<typeof StoreCustomerCart>

// The customer's own cart (src/api/store/customers/me/cart/route.ts). Spread into src/api/store/middlewares.ts.
export const customerCartMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/customers/me/cart",
    method: ["POST"],
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformBody(StoreCustomerCart)],
  },
]
