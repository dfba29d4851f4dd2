import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { receiveImages } from "./uploads/receive-images"
import { BankAccountBody } from "./bank-account/bank-account"
import { LedgerMonthQuery, TaxYearQuery } from "./balance/ledger-month"
import { resolveProducerScope } from "./lib/scope"
import { noticeRoutes } from "./notices/middlewares"
import { producerPhotoMiddlewares } from "./products/[id]/photos/middlewares"
import { producerScheduleMiddlewares } from "./products/[id]/schedule/middlewares"
import { producerReturnMiddlewares } from "./returns/middlewares"
import { producerReviewMiddlewares } from "./reviews/middlewares"
import {
  ProducerApplicationBody,
  ProducerCertificateRequest,
  ProducerCreateFulfillment,
  ProducerCreateProduct,
  ProducerImportQuery,
  ProducerImportTemplateQuery,
  ProducerListOrders,
  ProducerListProducts,
  ProducerServeBooking,
  ProducerSetStock,
  ProducerStatementQuery,
  ProducerUpdateMe,
  ProducerUpdateProduct,
} from "./validators"

// The producer portal's routes (src/api/producer), with the entries kept beside their routes
// (photos, schedule, notices, returns, reviews). Spread into src/api/middlewares.ts. Every
// /producer/* route but the application needs a producer member's token or session;
// resolveProducerScope then fixes the producer for the request.

const signedIn = [authenticate("producer", ["session", "bearer"]), resolveProducerScope]
const listConfig = { defaults: ["id"], isList: true }
const retrieveConfig = { defaults: ["id"], isList: false }

export const producerMiddlewares: MiddlewareRoute[] = [
  // Sign-up: the registration token of /auth/producer/emailpass/register (no producer yet).
  {
    matcher: "/producer/applications",
    method: ["POST"],
    middlewares: [
      authenticate("producer", ["session", "bearer"], { allowUnregistered: true }),
      validateAndTransformBody(ProducerApplicationBody),
    ],
  },

  { matcher: "/producer/me*", middlewares: signedIn },
  { matcher: "/producer/products*", middlewares: signedIn },
  { matcher: "/producer/stock*", middlewares: signedIn },
  { matcher: "/producer/orders*", middlewares: signedIn },
  { matcher: "/producer/statements*", middlewares: signedIn },
  { matcher: "/producer/balance*", middlewares: signedIn },
  { matcher: "/producer/bank-account*", middlewares: signedIn },
  { matcher: "/producer/bank-account", method: ["POST"], middlewares: [validateAndTransformBody(BankAccountBody)] },
  { matcher: "/producer/uploads*", middlewares: signedIn },

  { matcher: "/producer/me", method: ["POST"], middlewares: [validateAndTransformBody(ProducerUpdateMe)] },
  { matcher: "/producer/products", method: ["GET"], middlewares: [validateAndTransformQuery(ProducerListProducts, listConfig)] },
  { matcher: "/producer/products", method: ["POST"], middlewares: [validateAndTransformBody(ProducerCreateProduct)] },
  // The CSV sheet is read raw (its encoding is found from its bytes), so no body parser.
  {
    matcher: "/producer/products/import",
    method: ["POST"],
    bodyParser: false,
    middlewares: [validateAndTransformQuery(ProducerImportQuery, retrieveConfig)],
  },
  {
    matcher: "/producer/products/import/template",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(ProducerImportTemplateQuery, retrieveConfig)],
  },
  { matcher: "/producer/products/:id", method: ["POST"], middlewares: [validateAndTransformBody(ProducerUpdateProduct)] },
  {
    matcher: "/producer/products/:id/certificate-requests",
    method: ["POST"],
    middlewares: [validateAndTransformBody(ProducerCertificateRequest)],
  },
  { matcher: "/producer/stock", method: ["POST"], middlewares: [validateAndTransformBody(ProducerSetStock)] },
  { matcher: "/producer/orders", method: ["GET"], middlewares: [validateAndTransformQuery(ProducerListOrders, listConfig)] },
  {
    matcher: "/producer/orders/:id/fulfillments",
    method: ["POST"],
    middlewares: [validateAndTransformBody(ProducerCreateFulfillment)],
  },
  {
    matcher: "/producer/orders/:id/bookings/:line_id",
    method: ["POST"],
    middlewares: [validateAndTransformBody(ProducerServeBooking)],
  },
  // Product images (multipart): read only after the sign-in check, so a stranger's upload is never buffered.
  { matcher: "/producer/uploads", method: ["POST"], middlewares: [receiveImages] },
  {
    matcher: "/producer/statements",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(ProducerStatementQuery, retrieveConfig)],
  },

  ...producerPhotoMiddlewares,
  ...producerScheduleMiddlewares,
  // The portal's notices and notice settings (src/api/producer/notices).
  ...noticeRoutes("/producer", signedIn),
  ...producerReturnMiddlewares,
  // Ledger lines by month and tax withheld (src/api/producer/balance/ledger-month.ts).
  { matcher: "/producer/balance/months", method: ["GET"], middlewares: [validateAndTransformQuery(LedgerMonthQuery, listConfig)] },
  { matcher: "/producer/balance/tax", method: ["GET"], middlewares: [validateAndTransformQuery(TaxYearQuery, listConfig)] },
  ...producerReviewMiddlewares,
]
