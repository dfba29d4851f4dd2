import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markNoticesReadWorkflow } from "../../../../workflows/notices/mark-notices-read"
import type { MarkNoticesReadType } from "../validators"
import { producerScope } from "../../lib/scope"

/** POST /producer/notices/read { ids } | { all: true } → { marked }: only the member's own notices change. */
export async function POST(req: AuthenticatedMedusaRequest<MarkNoticesReadType>, res: MedusaResponse) {
  const { result } = await markNoticesReadWorkflow(req.scope).run({
    input: { receiver_id: producerScope(req).member_id, ids: req.validatedBody.ids ?? null },
  })
  res.json(result)
}
