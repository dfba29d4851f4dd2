import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminListPartners, AdminPartnerCommissions, AdminPartnerStatus, AdminUpdatePartner } from "../partner/validators"
import { AdminVerifyCertificate } from "../producer/validators"
import { checkNamedAddresses } from "../store/lib/addresses"
import { adminPayoutMiddlewares } from "./payouts/middlewares"
import { adminReturnMiddlewares } from "./return-requests/middlewares"
import { adminReviewMiddlewares } from "./reviews/middlewares"
import {
  AdminCreateProducer,
  AdminListCertificates,
  AdminListProducers,
  AdminProducerStatus,
  AdminSetProductOcop,
  AdminUpdateProducer,
} from "./validators"

// The admin's routes (src/api/admin; Medusa's admin auth) and the checks we add to Medusa's own
// admin routes, with the entries kept beside their routes. Spread into src/api/middlewares.ts.

// Our list routes read req.validatedQuery themselves; the query config is required by the helper.
const listConfig = { defaults: ["id"], isList: true }
const retrieveConfig = { defaults: ["id"], isList: false }

export const adminMiddlewares: MiddlewareRoute[] = [
  // The verdict on a producer's certificate request (its shape in src/api/producer/validators.ts).
  {
    matcher: "/admin/certificates/:id/verify",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminVerifyCertificate)],
  },
  // Tourism partners and their commissions (shapes in src/api/partner/validators.ts).
  { matcher: "/admin/partners", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListPartners, listConfig)] },
  { matcher: "/admin/partners/:id", method: ["POST"], middlewares: [validateAndTransformBody(AdminUpdatePartner)] },
  { matcher: "/admin/partners/:id/status", method: ["POST"], middlewares: [validateAndTransformBody(AdminPartnerStatus)] },
  {
    matcher: "/admin/partner-commissions",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminPartnerCommissions, retrieveConfig)],
  },
  // Payout batches of producers' and partners' money: src/api/admin/payouts/middlewares.ts.
  ...adminPayoutMiddlewares,
  // Buyers' returns overruled by the admin: src/api/admin/return-requests.
  ...adminReturnMiddlewares,
  // Order addresses come from the cart; the admin may still change them on the order (src/api/store/lib/addresses.ts).
  { matcher: "/admin/orders/:id", method: ["POST"], middlewares: [checkNamedAddresses(false)] },
  // Reviews' moderation (issue #18).
  ...adminReviewMiddlewares,

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
]
