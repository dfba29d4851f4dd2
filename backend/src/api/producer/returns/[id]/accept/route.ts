import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptReturnWorkflow } from "../../../../../workflows/returns/accept-return"
import { returnView } from "../../../../store/returns/view"
import { producerScope } from "../../../lib/scope"

/** POST /producer/returns/:id/accept → { return }: the goods come back and the buyer is refunded (404 for another producer's). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await acceptReturnWorkflow(req.scope).run({
    input: { id: req.params.id!, actor: { type: "producer", id: producerScope(req).producer_id } },
  })
  res.json({ return: returnView(result, false) })
}
