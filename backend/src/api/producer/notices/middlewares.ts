import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { ListNotices, MarkNoticesRead, NoticePreferences } from "./validators"

// The portals' notices (src/api/{producer,partner}/notices): each member sees, marks and sets only
// its own. Both portals' notices work alike: they live here, beside the producer's routes, and
// src/api/partner imports them. Spread into src/api/{producer,partner}/middlewares.ts.

const listConfig = { defaults: ["id"], isList: true }

export function noticeRoutes(prefix: "/producer" | "/partner", signedIn: MiddlewareRoute["middlewares"]): MiddlewareRoute[] {
  return [
    { matcher: `${prefix}/notices*`, middlewares: signedIn },
    { matcher: `${prefix}/notices`, method: ["GET"], middlewares: [validateAndTransformQuery(ListNotices, listConfig)] },
    { matcher: `${prefix}/notices/read`, method: ["POST"], middlewares: [validateAndTransformBody(MarkNoticesRead)] },
    { matcher: `${prefix}/notices/preferences`, method: ["POST"], middlewares: [validateAndTransformBody(NoticePreferences)] },
  ]
}
