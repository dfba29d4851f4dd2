import {
  allowFields,
  configureStoreSearch,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { certificateInForceFilter } from "../../search/lib/store-search"
import { StoreCartPartner, StoreCatalogFeed, StorePartnerVisit } from "../partner/validators"
import { shippingMethodMiddlewares } from "./carts/[id]/shipping-methods/middlewares"
import { finishInterruptedCheckout } from "./carts/cart-complete"
import { requireCartLine } from "./carts/cart-lines"
import { customerCartMiddlewares } from "./customers/me/cart/middlewares"
import { storeFavouriteMiddlewares } from "./customers/me/favourites/middlewares"
import { experienceMiddlewares } from "./experiences/middlewares"
import { addressMiddlewares } from "./lib/addresses"
import { requireNonNegativePaging } from "./lib/paging"
import { listOnlyChannelProducts, publicProducerFields, STORE_PRODUCT_OCOP_FIELDS } from "./lib/products"
import { orderLookupMiddlewares } from "./order-lookup/middlewares"
import { storeReturnMiddlewares } from "./returns/middlewares"
import { storeReviewMiddlewares } from "./reviews/middlewares"
import { StoreGetOcopProduct, StoreGetProducer, StoreListProducers, StoreLookupCertificates } from "./validators"

// The store's routes (src/api/store) and the checks we add to Medusa's own store routes, with the
// entries kept beside their routes. Spread into src/api/middlewares.ts, after the security guards.

// Our list routes read req.validatedQuery themselves; the query config is required by the helper.
const listConfig = { defaults: ["id"], isList: true }
const retrieveConfig = { defaults: ["id"], isList: false }

export const storeMiddlewares: MiddlewareRoute[] = [
  // The buyer's order page shows each parcel's carrier (fulfilment metadata) and tracking number
  // (its labels). Global (no method) so the rule runs before the core route validates the query.
  {
    matcher: "/store/orders/:id",
    middlewares: [allowFields("fulfillments.labels", "fulfillments.labels.tracking_number", "fulfillments.labels.tracking_url")],
  },
  // Experience bookings (OCOP group 6): src/api/store/experiences/middlewares.ts.
  ...experienceMiddlewares,
  // The customer's cart kept across logins and devices: src/api/store/customers/me/cart.
  ...customerCartMiddlewares,
  // A guest's order look-up by number and e-mail: src/api/store/order-lookup.
  ...orderLookupMiddlewares,
  // Tourism partners' attribution, cart credit and catalog feed (shapes in src/api/partner/validators.ts).
  { matcher: "/store/partner-visits", method: ["POST"], middlewares: [validateAndTransformBody(StorePartnerVisit)] },
  { matcher: "/store/carts/:id/partner", method: ["POST"], middlewares: [validateAndTransformBody(StoreCartPartner)] },
  { matcher: "/store/catalog-feed", method: ["GET"], middlewares: [validateAndTransformQuery(StoreCatalogFeed, retrieveConfig)] },
  // Buyers' returns: src/api/store/returns.
  ...storeReturnMiddlewares,
  // Vietnamese addresses and phones on Medusa's cart and customer routes: src/api/store/lib/addresses.ts.
  ...addressMiddlewares,
  // Parcels by producer on the chosen delivery (issue #13): src/api/store/carts/[id]/shipping-methods.
  ...shippingMethodMiddlewares,
  // Buyers' reviews (write, read, report) and favourites (issue #18).
  ...storeReviewMiddlewares,
  ...storeFavouriteMiddlewares,

  // Store products: OCOP certificate and public producer fields through the links.
  // Global (no method): field rules must run before the core route validates the query.
  { matcher: "/store/products", middlewares: [publicProducerFields, allowFields(STORE_PRODUCT_OCOP_FIELDS)] },
  { matcher: "/store/products/:id", middlewares: [publicProducerFields, allowFields(STORE_PRODUCT_OCOP_FIELDS)] },
  // A missing cart or line is a 404 before Medusa's line update/delete (which would answer 500).
  { matcher: "/store/carts/:id/line-items/:line_id", method: ["POST", "DELETE"], middlewares: [requireCartLine] },
  // A retried completion finishes what a crashed one left undone (payment, reservations).
  { matcher: "/store/carts/:id/complete", method: ["POST"], middlewares: [finishInterruptedCheckout] },
  // After Medusa's own: delisted products (out of the channel) stay out of the list.
  { matcher: "/store/products", method: ["GET"], middlewares: [requireNonNegativePaging, listOnlyChannelProducts] },

  // Any OCOP product's public facts, on sale or not (its page keeps answering for printed QR codes).
  { matcher: "/store/ocop-products/:handle", method: ["GET"], middlewares: [validateAndTransformQuery(StoreGetOcopProduct, retrieveConfig)] },

  // The public certificate lookup.
  { matcher: "/store/ocop-certificates", method: ["GET"], middlewares: [validateAndTransformQuery(StoreLookupCertificates, listConfig)] },

  // Store producers.
  {
    matcher: "/store/producers",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(StoreListProducers, listConfig)],
  },
  {
    matcher: "/store/producers/:handle",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(StoreGetProducer, retrieveConfig)],
  },

  // Search (src/search). Medusa's generic POST /store/search answers from the OCOP product index,
  // kept to published products of the key's sales channels; our GET /store/search validates its own query.
  {
    matcher: "/store/search",
    method: ["POST"],
    middlewares: [configureStoreSearch({ allowed_indexes: { product: { filters: () => certificateInForceFilter() } } })],
  },
]
