import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateProducerWorkflow } from "../../../workflows/producers/update-producer"
import { producerMe } from "../lib/me"
import { producerScope, requireOwner } from "../lib/scope"
import type { ProducerUpdateMeType } from "../validators"

/** GET /producer/me → { member: { id, email, name, role }, producer: { …profile, status, status_reason, commission_rate, stock_location, can_publish } } */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await producerMe(req.scope, producerScope(req).member_id))
}

/**
 * POST /producer/me { display_name?, story_vi?, story_en?, email?, phone?, website?, historic_locality? }
 * (owner only; legal data, status and commission are the marketplace's) → same as GET.
 */
export async function POST(req: AuthenticatedMedusaRequest<ProducerUpdateMeType>, res: MedusaResponse) {
  const scope = producerScope(req)
  requireOwner(scope, "change the producer's profile")
  await updateProducerWorkflow(req.scope).run({ input: { id: scope.producer_id, update: req.validatedBody } })
  res.json(await producerMe(req.scope, scope.member_id))
}
