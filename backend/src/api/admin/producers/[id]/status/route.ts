import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateProducerStatusWorkflow } from "../../../../../workflows/producers/update-producer-status"
import type { AdminProducerStatusType } from "../../../validators"
import { retrieveAdminProducer } from "../../producers"

/** POST /admin/producers/:id/status { status: pending|active|suspended, reason } → { producer } */
export async function POST(req: AuthenticatedMedusaRequest<AdminProducerStatusType>, res: MedusaResponse) {
  await updateProducerStatusWorkflow(req.scope).run({ input: { id: req.params.id!, ...req.validatedBody } })
  res.json({ producer: await retrieveAdminProducer(req.scope, req.params.id!) })
}
