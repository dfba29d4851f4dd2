import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listNotices } from "../../producer/notices/list"
import type { ListNoticesType } from "../../producer/notices/validators"
import { partnerScope } from "../lib/scope"

/** GET /partner/notices?limit=&offset= → { notices, count, unread, limit, offset }: the signed-in member's own, newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListNoticesType>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  const page = await listNotices(req.scope, partnerScope(req).member_id, { limit, offset })
  res.json({ ...page, limit, offset })
}
