import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreAddFavourites } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

// The signed-in customer's favourites (src/api/store/customers/me/favourites). Spread into src/api/store/middlewares.ts.
export const storeFavouriteMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/customers/me/favourites", method: ["GET"], middlewares: [customer] },
  { matcher: "/store/customers/me/favourites", method: ["POST"], middlewares: [customer, validateAndTransformBody(StoreAddFavourites)] },
  { matcher: "/store/customers/me/favourites/:product_id", method: ["DELETE"], middlewares: [customer] },
]
