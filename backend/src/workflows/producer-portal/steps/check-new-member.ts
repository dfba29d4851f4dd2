import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { producerService } from "../utils/producer-access"

export type AddProducerMemberInput = {
  producer_id: string
  /** The login of the member (an emailpass auth identity of actor type producer). */
  auth_identity_id: string
  email: string
  name: string
  role: "owner" | "staff"
}

export const checkNewMemberStep = createStep("producer-portal-check-new-member", async (input: AddProducerMemberInput, { container }) => {
  const service = producerService(container)
  const [producer] = await service.listProducers({ id: input.producer_id }, { select: ["id"] })
  if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `producer ${input.producer_id} was not found`)
  const [taken] = await service.listProducerMembers({ email: input.email.toLowerCase() }, { select: ["id"] })
  if (taken) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${input.email} is already a member of a producer.`)
  const identity = await container.resolve(Modules.AUTH).retrieveAuthIdentity(input.auth_identity_id)
  const meta = (identity.app_metadata ?? {}) as Record<string, unknown>
  if (meta.producer_id || meta.producer_member_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This login already belongs to a producer.")
  }
  return new StepResponse(true)
})
