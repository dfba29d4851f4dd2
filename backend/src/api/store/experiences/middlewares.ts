import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { isIsoDate } from "../../../workflows/experiences/booking-rules"

// Experience bookings (OCOP group 6): places left per date. Spread into src/api/store/middlewares.ts.
// Adding and completing bookings goes through Medusa's cart routes, checked by the hooks in
// src/workflows/experiences/hooks.

const isoDate = (field: string) =>
  z.string().refine(isIsoDate, { message: `${field} must be a date written YYYY-MM-DD` })

export const StoreExperienceAvailability = z
  .object({ from: isoDate("from").optional(), to: isoDate("to").optional() })
  .strict()
export type StoreExperienceAvailabilityType = z.infer<typeof StoreExperienceAvailability>

export const experienceMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/experiences/:product_id/availability",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(StoreExperienceAvailability, { defaults: ["id"], isList: false })],
  },
]
