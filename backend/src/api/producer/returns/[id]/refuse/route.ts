import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refuseReturnWorkflow } from "../../../../../workflows/returns/refuse-return"
import { returnView } from "../../../../store/returns/view"
import { producerScope } from "../../../lib/scope"
import type { ProducerRefuseReturnType } from "../../validators"

/** POST /producer/returns/:id/refuse { reason } → { return } (404 for another producer's). */
export async function POST(req: AuthenticatedMedusaRequest<ProducerRefuseReturnType>, res: MedusaResponse) {
  const { result } = await refuseReturnWorkflow(req.scope).run({
    input: { id: req.params.id!, producer_id: producerScope(req).producer_id, reason: req.validatedBody.reason },
  })
  res.json({ return: returnView(result, false) })
}
