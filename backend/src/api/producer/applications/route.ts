import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { applyAsProducerWorkflow } from "../../../workflows/producer-portal/apply-as-producer"
import { producerMe } from "../lib/me"
import type { ProducerApplicationBodyType } from "../validators"

/**
 * POST /producer/applications — with the token of POST /auth/producer/emailpass/register.
 * Body { legal_name, display_name?, kind?, commune_code, historic_locality?, tax_code, address?,
 * story_vi?, contact: { name, phone, email? } } → 200 { member, producer } (status "pending").
 * Then sign in again (POST /auth/producer/emailpass) for a token that reaches /producer/*.
 */
export async function POST(req: AuthenticatedMedusaRequest<ProducerApplicationBodyType>, res: MedusaResponse) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Request already authenticated as a producer member.")
  }
  const { result } = await applyAsProducerWorkflow(req.scope).run({
    input: { auth_identity_id: req.auth_context.auth_identity_id, application: req.validatedBody },
  })
  res.status(200).json(await producerMe(req.scope, result.member.id))
}
