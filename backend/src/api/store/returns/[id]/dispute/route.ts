import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { disputeReturnWorkflow } from "../../../../../workflows/returns/dispute-return"
import { returnView } from "../../view"
import type { StoreDisputeReturnType } from "../../validators"

/** POST /store/returns/:id/dispute { note } → { return }: the buyer asks the admin to decide a refusal. */
export async function POST(req: AuthenticatedMedusaRequest<StoreDisputeReturnType>, res: MedusaResponse) {
  const { result } = await disputeReturnWorkflow(req.scope).run({
    input: { id: req.params.id!, customer_id: req.auth_context.actor_id, note: req.validatedBody.note },
  })
  res.json({ return: returnView(result, true) })
}
