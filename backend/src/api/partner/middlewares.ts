import { BankAccountBody } from "../producer/bank-account/bank-account"
import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { requireActivePartner, resolvePartnerScope } from "./lib/scope"
import {
  AdminListPartners,
  AdminPartnerCommissions,
  AdminPartnerStatus,
  AdminUpdatePartner,
  PartnerApplicationBody,
  PartnerCreateShelf,
  PartnerGuestDelivery,
  PartnerListOrders,
  PartnerQrQuery,
  PartnerStatsQuery,
  PartnerUpdateShelf,
  StoreCartPartner,
  StoreCatalogFeed,
  StorePartnerVisit,
} from "./validators"

// The partner programme's routes: /partner/* (a partner member's token or session; every route
// but /partner/me also needs the partner to be active), the public shelf, feed and attribution
// routes under /store, and the admin's. Spread into src/api/middlewares.ts.

const signedIn = [authenticate("partner", ["session", "bearer"]), resolvePartnerScope]
const active = [...signedIn, requireActivePartner]
const listConfig = { defaults: ["id"], isList: true }
const retrieveConfig = { defaults: ["id"], isList: false }

export const partnerMiddlewares: MiddlewareRoute[] = [
  // Sign-up: the registration token of /auth/partner/emailpass/register (no partner yet).
  {
    matcher: "/partner/applications",
    method: ["POST"],
    middlewares: [
      authenticate("partner", ["session", "bearer"], { allowUnregistered: true }),
      validateAndTransformBody(PartnerApplicationBody),
    ],
  },
  { matcher: "/partner/me*", middlewares: signedIn },
  { matcher: "/partner/stats*", middlewares: active },
  { matcher: "/partner/orders*", middlewares: active },
  // A suspended partner still sees what it is owed.
  { matcher: "/partner/balance*", middlewares: signedIn },
  { matcher: "/partner/bank-account*", middlewares: signedIn },
  { matcher: "/partner/bank-account", method: ["POST"], middlewares: [validateAndTransformBody(BankAccountBody)] },
  { matcher: "/partner/shelves*", middlewares: active },
  { matcher: "/partner/guest-deliver*", middlewares: active },

  { matcher: "/partner/stats", method: ["GET"], middlewares: [validateAndTransformQuery(PartnerStatsQuery, retrieveConfig)] },
  { matcher: "/partner/orders", method: ["GET"], middlewares: [validateAndTransformQuery(PartnerListOrders, listConfig)] },
  { matcher: "/partner/shelves", method: ["POST"], middlewares: [validateAndTransformBody(PartnerCreateShelf)] },
  { matcher: "/partner/guest-delivery", method: ["POST"], middlewares: [validateAndTransformBody(PartnerGuestDelivery)] },
  { matcher: "/partner/guest-deliveries", method: ["GET"], middlewares: [validateAndTransformQuery(PartnerListOrders, listConfig)] },
  { matcher: "/partner/shelves/:id", method: ["POST"], middlewares: [validateAndTransformBody(PartnerUpdateShelf)] },
  { matcher: "/partner/shelves/:id/qr.png", method: ["GET"], middlewares: [validateAndTransformQuery(PartnerQrQuery, retrieveConfig)] },
  { matcher: "/partner/shelves/:id/qr.svg", method: ["GET"], middlewares: [validateAndTransformQuery(PartnerQrQuery, retrieveConfig)] },

  { matcher: "/store/partner-visits", method: ["POST"], middlewares: [validateAndTransformBody(StorePartnerVisit)] },
  { matcher: "/store/carts/:id/partner", method: ["POST"], middlewares: [validateAndTransformBody(StoreCartPartner)] },
  { matcher: "/store/catalog-feed", method: ["GET"], middlewares: [validateAndTransformQuery(StoreCatalogFeed, retrieveConfig)] },

  { matcher: "/admin/partners", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListPartners, listConfig)] },
  { matcher: "/admin/partners/:id", method: ["POST"], middlewares: [validateAndTransformBody(AdminUpdatePartner)] },
  { matcher: "/admin/partners/:id/status", method: ["POST"], middlewares: [validateAndTransformBody(AdminPartnerStatus)] },
  {
    matcher: "/admin/partner-commissions",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminPartnerCommissions, retrieveConfig)],
  },
]
