import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markNoticesReadWorkflow } from "../../../../workflows/notices/mark-notices-read"
import type { MarkNoticesReadType } from "../../../producer/notices/validators"
import { partnerScope } from "../../lib/scope"

/** POST /partner/notices/read { ids } | { all: true } → { marked }: only the member's own notices change. */
export async function POST(req: AuthenticatedMedusaRequest<MarkNoticesReadType>, res: MedusaResponse) {
  const { result } = await markNoticesReadWorkflow(req.scope).run({
    input: { receiver_id: partnerScope(req).member_id, ids: req.validatedBody.ids ?? null },
  })
  res.json(result)
}
