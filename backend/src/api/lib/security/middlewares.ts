import type { MiddlewareRoute } from "@medusajs/framework/http"
import { limitFailures } from "./auth-rate-limit"
export { safeErrorHandler } from "./error-handler"

// Security middlewares, spread first into src/api/middlewares.ts: repeated failures of logins and
// sign-ups from one address get 429 (auth-rate-limit.ts). safeErrorHandler (error-handler.ts) is
// the API's error handler: no stack trace or SQL in any error response.

// Global middlewares (no method): Medusa runs those before the routes' own (authentication,
// validation), so that every failure is counted and a blocked address gets no further.
const ACTORS = ["customer", "user", "producer", "partner"]
const login = limitFailures("login")
const signup = limitFailures("signup")

export const securityMiddlewares: MiddlewareRoute[] = [
  ...ACTORS.flatMap((actor): MiddlewareRoute[] => [
    { matcher: `/auth/${actor}/emailpass`, middlewares: [login] },
    { matcher: `/auth/${actor}/emailpass/register`, middlewares: [signup] },
  ]),
  ...["/store/customers", "/producer/applications", "/partner/applications"].map(
    (matcher): MiddlewareRoute => ({ matcher, middlewares: [signup] })
  ),
]
