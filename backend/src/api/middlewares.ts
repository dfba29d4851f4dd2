import {
  allowFields,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { configureStoreSearch } from "@medusajs/framework/http"
import { certificateInForceFilter } from "../search/lib/store-search"
import { addressMiddlewares } from "./store/lib/addresses"
import { experienceMiddlewares } from "./store/experiences/middlewares"
import { customerCartMiddlewares } from "./store/customers/me/cart/middlewares"
import { orderLookupMiddlewares } from "./store/order-lookup/middlewares"
import { shippingMethodMiddlewares } from "./store/carts/[id]/shipping-methods/middlewares"
import { partnerMiddlewares } from "./partner/middlewares"
import { noticeMiddlewares } from "./producer/notices/middlewares"
import { producerPortalMiddlewares } from "./producer/middlewares"
import { producerPhotoMiddlewares } from "./producer/products/[id]/photos/middlewares"
import { producerScheduleMiddlewares } from "./producer/products/[id]/schedule/middlewares"
import { safeErrorHandler, securityMiddlewares } from "./lib/security/middlewares"
import { adminPayoutMiddlewares } from "./admin/payouts/middlewares"
import { adminReviewMiddlewares } from "./admin/reviews/middlewares"
import { producerReviewMiddlewares } from "./producer/reviews/middlewares"
import { storeReviewMiddlewares } from "./store/reviews/middlewares"
import { storeFavouriteMiddlewares } from "./store/customers/me/favourites/middlewares"
import { adminReturnMiddlewares } from "./admin/return-requests/middlewares"
import { producerReturnMiddlewares } from "./producer/returns/middlewares"
import { storeReturnMiddlewares } from "./store/returns/middlewares"
import { ledgerMonthMiddlewares } from "./producer/balance/ledger-month"
import { requireNonNegativePaging } from "./store/lib/paging"
import { finishInterruptedCheckout } from "./store/carts/cart-complete"
import { requireCartLine } from "./store/carts/cart-lines"
import { listOnlyChannelProducts, publicProducerFields, STORE_PRODUCT_OCOP_FIELDS } from "./store/lib/products"
import {
  AdminCreateProducer,
  AdminListCertificates,
  AdminListProducers,
  AdminProducerStatus,
  AdminSetProductOcop,
  AdminUpdateProducer,
  StoreGetOcopProduct,
  StoreLookupCertificates,
  StoreGetProducer,
  StoreListProducers,
} from "./admin/validators"

// Our list routes read req.validatedQuery themselves; the query config is required by the helper.
const listConfig = { defaults: ["id"], isList: true }
const retrieveConfig = { defaults: ["id"], isList: false }

export default defineMiddlewares({
  // No stack trace or SQL in any error response (src/api/lib/security).
  errorHandler: safeErrorHandler,
  routes: [
    // Login and sign-up rate limits (src/api/lib/security/middlewares.ts).
    ...securityMiddlewares,
    // Producer portal (/producer/*, scoped to the signed-in member's producer) and the admin's
    // certificate verification: src/api/producer/middlewares.ts.
    ...producerPortalMiddlewares,
    ...producerPhotoMiddlewares,
    ...producerScheduleMiddlewares,
    // Experience bookings (OCOP group 6): src/api/store/experiences/middlewares.ts.
    ...experienceMiddlewares,
    // The customer's cart kept across logins and devices: src/api/store/customers/me/cart.
    ...customerCartMiddlewares,
    // A guest's order look-up by number and e-mail: src/api/store/order-lookup.
    ...orderLookupMiddlewares,
    // Tourism partners (/partner/*, shelves, feed, attribution): src/api/partner/middlewares.ts.
    ...partnerMiddlewares,
    // The portals' notices and notice settings (/producer/notices*, /partner/notices*): src/api/producer/notices.
    ...noticeMiddlewares,
    // Payout batches of producers' and partners' money: src/api/admin/payouts/middlewares.ts.
    ...adminPayoutMiddlewares,
    // Buyers' returns, decided by producers, overruled by the admin: src/api/{store,producer,admin}/returns.
    ...storeReturnMiddlewares,
    ...producerReturnMiddlewares,
    ...adminReturnMiddlewares,
    // Ledger lines by month and tax withheld: src/api/producer/balance/ledger-month.ts.
    ...ledgerMonthMiddlewares,
    // Vietnamese addresses and phones on Medusa's cart, customer and order routes: src/api/store/lib/addresses.ts.
    ...addressMiddlewares,
    // Parcels by producer on the chosen delivery (issue #13): src/api/store/carts/[id]/shipping-methods.
    ...shippingMethodMiddlewares,
    // Buyers' reviews: store (write, read, report), producer replies, admin moderation (issue #18).
    ...storeReviewMiddlewares,
    ...storeFavouriteMiddlewares,
    ...producerReviewMiddlewares,
    ...adminReviewMiddlewares,

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

    // Admin producers.
    {
      matcher: "/admin/producers",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListProducers, listConfig)],
    },
    { matcher: "/admin/producers", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateProducer)] },
    { matcher: "/admin/producers/:id", method: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateProducer)] },
    {
      matcher: "/admin/producers/:id/status",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminProducerStatus)],
    },

    // Admin OCOP data of a product, and the certificates list.
    { matcher: "/admin/products/:id/ocop", method: ["POST"], middlewares: [validateAndTransformBody(AdminSetProductOcop)] },
    {
      matcher: "/admin/certificates",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListCertificates, listConfig)],
    },

    // Search (src/search). Medusa's generic POST /store/search answers from the OCOP product index,
    // kept to published products of the key's sales channels; our GET /store/search validates its own query.
    {
      matcher: "/store/search",
      method: ["POST"],
      middlewares: [configureStoreSearch({ allowed_indexes: { product: { filters: () => certificateInForceFilter() } } })],
    },
  ],
})
