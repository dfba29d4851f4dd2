import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listNotices } from "./list"
import type { ListNoticesType } from "./validators"
import { producerScope } from "../lib/scope"

/** GET /producer/notices?limit=&offset= → { notices, count, unread, limit, offset }: the signed-in member's own, newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListNoticesType>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  const page = await listNotices(req.scope, producerScope(req).member_id, { limit, offset })
  res.json({ ...page, limit, offset })
}
