import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { ProducerSetSchedule } from "./validators"

// An experience's booking calendar (issue #19). Spread into src/api/producer/middlewares.ts after the
// producer portal's rules, whose "/producer/products*" sign-in check runs first.
export const producerScheduleMiddlewares: MiddlewareRoute[] = [
  { matcher: "/producer/products/:id/schedule", method: ["POST"], middlewares: [validateAndTransformBody(ProducerSetSchedule)] },
]
