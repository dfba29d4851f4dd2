import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptReturnWorkflow } from "../../../../../workflows/returns/accept-return"
import { returnView } from "../../../../store/returns/view"

/** POST /admin/return-requests/:id/overrule → { return }: the admin accepts a return the producer refused (or has not decided). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await acceptReturnWorkflow(req.scope).run({ input: { id: req.params.id!, actor: { type: "admin", id: req.auth_context.actor_id } } })
  res.json({ return: returnView(result, true) })
}
