import type { MiddlewareRoute } from "@medusajs/framework/http"
import { limitFailures } from "./auth-rate-limit"
import { inputGuard } from "./input-guard"
import { issueOrderAccess, requireCartOwner, requireOrderAccess } from "./private-store"
export { safeErrorHandler } from "./error-handler"

// Security middlewares, spread first into src/api/middlewares.ts: repeated failures of logins (per
// account and per address) and sign-ups (per address) get 429 (auth-rate-limit.ts, the address from
// client-address.ts). safeErrorHandler (error-handler.ts) is
// the API's error handler: no stack trace or SQL in any error response. Orders and carts of the
// store are their buyers' only (private-store.ts).

// Global middlewares (no method): Medusa runs those before the routes' own (authentication,
// validation), so that every failure is counted and a blocked address gets no further.
const ACTORS = ["customer", "user", "producer", "partner"]
const signup = limitFailures("signup")

export const securityMiddlewares: MiddlewareRoute[] = [
  // Hostile input (NUL bytes, malformed escapes, bad paging and dates) is a 400 before any route.
  ...["/store", "/admin", "/producer", "/partner", "/auth", "/hooks"].map((matcher): MiddlewareRoute => ({ matcher, middlewares: [inputGuard] })),
  ...ACTORS.flatMap((actor): MiddlewareRoute[] => [
    { matcher: `/auth/${actor}/emailpass`, middlewares: [limitFailures("login", actor)] },
    { matcher: `/auth/${actor}/emailpass/register`, middlewares: [signup] },
  ]),
  ...["/store/customers", "/producer/applications", "/partner/applications"].map(
    (matcher): MiddlewareRoute => ({ matcher, middlewares: [signup] })
  ),
  // Private orders and carts (private-store.ts). Global: a cart's every route (and sub-route) is checked.
  { matcher: "/store/carts/:id", middlewares: [requireCartOwner] },
  { matcher: "/store/carts/:id/complete", method: ["POST"], middlewares: [issueOrderAccess] },
  { matcher: "/store/orders/:id", method: ["GET"], middlewares: [requireOrderAccess] },
  // A guest opens its order with the number and e-mail (src/api/store/order-lookup): limited like a login.
  { matcher: "/store/order-lookup", middlewares: [limitFailures("order-lookup")] },
]
