import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { producerService } from "../utils/producer-access"

/** Creates a producer member; compensation deletes it. */
export const createProducerMemberStep = createStep(
  "producer-portal-create-member",
  async (
    input: { producer_id: string; email: string; name: string; role: "owner" | "staff"; auth_identity_id: string | null },
    { container }
  ) => {
    const member = await producerService(container).createProducerMembers({
      email: input.email.toLowerCase(),
      name: input.name,
      role: input.role,
      auth_identity_id: input.auth_identity_id,
      producer_id: input.producer_id,
    })
    return new StepResponse(member as unknown as { id: string; email: string; name: string; role: string }, (member as { id: string }).id)
  },
  async (id, { container }) => {
    if (!id) return
    await producerService(container).deleteProducerMembers(id)
  }
)
