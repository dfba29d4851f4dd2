import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ORIGINS_DATA_KEY } from "../../../../../modules/fulfillment-parcels/service"
import { parcelOrigins } from "../../../../../workflows/shipping/hooks/parcel-origins"

// Medusa's `POST /store/carts/:id/shipping-methods`: the parcel provider writes the method's
// `data.parcels` from where each line ships from, which only the server may say. Whatever a client
// sent as `data.origins` is replaced (src/workflows/shipping/hooks/parcel-origins.ts).

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value)

async function addParcelOrigins(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const origins = await parcelOrigins(req.scope, req.params.id!)
    // Medusa's validated copy when its validator ran first, and the raw body.
    for (const body of new Set([(req as { validatedBody?: unknown }).validatedBody, req.body].filter(isObject))) {
      body.data = { ...(isObject(body.data) ? body.data : {}), [ORIGINS_DATA_KEY]: origins }
    }
    next()
  } catch (error) {
    next(error)
  }
}

export const shippingMethodMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/carts/:id/shipping-methods", method: ["POST"], middlewares: [addParcelOrigins] },
]
