import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { resolvePartnerScope } from "../../partner/lib/scope"
import { resolveProducerScope } from "../lib/scope"
import { ListNotices, MarkNoticesRead, NoticePreferences } from "./validators"

// The portals' notices (src/api/{producer,partner}/notices): each member sees, marks and sets only
// its own. Spread into src/api/middlewares.ts.

const listConfig = { defaults: ["id"], isList: true }

function noticeRoutes(prefix: "/producer" | "/partner", signedIn: MiddlewareRoute["middlewares"]): MiddlewareRoute[] {
  return [
    { matcher: `${prefix}/notices*`, middlewares: signedIn },
    { matcher: `${prefix}/notices`, method: ["GET"], middlewares: [validateAndTransformQuery(ListNotices, listConfig)] },
    { matcher: `${prefix}/notices/read`, method: ["POST"], middlewares: [validateAndTransformBody(MarkNoticesRead)] },
    { matcher: `${prefix}/notices/preferences`, method: ["POST"], middlewares: [validateAndTransformBody(NoticePreferences)] },
  ]
}

export const noticeMiddlewares: MiddlewareRoute[] = [
  ...noticeRoutes("/producer", [authenticate("producer", ["session", "bearer"]), resolveProducerScope]),
  ...noticeRoutes("/partner", [authenticate("partner", ["session", "bearer"]), resolvePartnerScope]),
]
