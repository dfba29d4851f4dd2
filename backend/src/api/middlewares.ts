import { defineMiddlewares } from "@medusajs/framework/http"
import { adminMiddlewares } from "./admin/middlewares"
import { safeErrorHandler, securityMiddlewares } from "./lib/security/middlewares"
import { partnerMiddlewares } from "./partner/middlewares"
import { producerMiddlewares } from "./producer/middlewares"
import { storeMiddlewares } from "./store/middlewares"

// Medusa's one middleware file: each surface keeps its routes' entries in its own middlewares.ts.
// Medusa orders the entries by path (global ones before a method's, a path before its sub-paths)
// and keeps the order given here among those of the same path: the security guards come first.
export default defineMiddlewares({
  // No stack trace or SQL in any error response (src/api/lib/security).
  errorHandler: safeErrorHandler,
  routes: [
    // Login and sign-up rate limits, hostile input, private carts and orders (src/api/lib/security/middlewares.ts).
    ...securityMiddlewares,
    // Shoppers (publishable key; some routes need a customer's token): src/api/store/middlewares.ts.
    ...storeMiddlewares,
    // The producer portal (/producer/*, scoped to the signed-in member's producer): src/api/producer/middlewares.ts.
    ...producerMiddlewares,
    // The marketplace's staff: src/api/admin/middlewares.ts.
    ...adminMiddlewares,
    // Tourism partners' portal (/partner/*, scoped to the member's partner): src/api/partner/middlewares.ts.
    ...partnerMiddlewares,
  ],
})
