import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listNotices } from "../../lib/notices/list"
import type { ListNoticesType } from "../../lib/notices/validators"
import { producerScope } from "../../lib/producer-portal/scope"

/** GET /producer/notices?limit=&offset= → { notices, count, unread, limit, offset }: the signed-in member's own, newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListNoticesType>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  const page = await listNotices(req.scope, producerScope(req).member_id, { limit, offset })
  res.json({ ...page, limit, offset })
}
