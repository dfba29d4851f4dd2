import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateProducerWorkflow } from "../../../../workflows/producers/update-producer"
import { retrieveAdminProducer } from "../producers"
import type { AdminUpdateProducerType } from "../../validators"

/** GET /admin/producers/:id → { producer } with its products and stock locations */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ producer: await retrieveAdminProducer(req.scope, req.params.id!) })
}

/** POST /admin/producers/:id (profile fields; status has its own route) → { producer } */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateProducerType>, res: MedusaResponse) {
  await updateProducerWorkflow(req.scope).run({ input: { id: req.params.id!, update: req.validatedBody } })
  res.json({ producer: await retrieveAdminProducer(req.scope, req.params.id!) })
}
