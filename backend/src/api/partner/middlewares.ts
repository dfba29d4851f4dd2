import { BankAccountBody } from "../producer/bank-account/bank-account"
import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { LedgerMonthQuery } from "../producer/balance/ledger-month"
import { noticeRoutes } from "../producer/notices/middlewares"
import { requireActivePartner, resolvePartnerScope } from "./lib/scope"
import {
  PartnerApplicationBody,
  PartnerCreateShelf,
  PartnerGuestDelivery,
  PartnerListOrders,
  PartnerQrQuery,
  PartnerStatsQuery,
  PartnerUpdateShelf,
} from "./validators"

// The partner portal's routes: /partner/* (a partner member's token or session; every route
// but /partner/me also needs the partner to be active). The programme's public shelf, feed and
// attribution routes are in src/api/store/middlewares.ts, the admin's in src/api/admin/middlewares.ts
// (their shapes are here, in ./validators.ts). Spread into src/api/middlewares.ts.

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

  // The portal's notices and notice settings (src/api/producer/notices, shared by both portals).
  ...noticeRoutes("/partner", signedIn),
  // Ledger lines by month (src/api/producer/balance/ledger-month.ts, shared by both portals).
  { matcher: "/partner/balance/months", method: ["GET"], middlewares: [validateAndTransformQuery(LedgerMonthQuery, listConfig)] },
]
