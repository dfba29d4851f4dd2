import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { checkNewMemberStep, createProducerMemberStep, type AddProducerMemberInput } from "./steps"

export type { AddProducerMemberInput }

/**
 * Makes a login a member of an existing producer (the demo accounts; later, staff invitations):
 * the member, and `producer_id` / `producer_member_id` in the login's app_metadata. All or nothing.
 */
export const addProducerMemberWorkflow = createWorkflow("producer-portal-add-member", (input: AddProducerMemberInput) => {
  checkNewMemberStep(input)
  const member = createProducerMemberStep(
    transform({ input }, ({ input }) => ({
      producer_id: input.producer_id,
      email: input.email,
      name: input.name,
      role: input.role,
      auth_identity_id: input.auth_identity_id,
    }))
  )
  setAuthAppMetadataStep({ authIdentityId: input.auth_identity_id, actorType: "producer", value: input.producer_id }).config({
    name: "producer-portal-member-set-producer-id",
  })
  setAuthAppMetadataStep({ authIdentityId: input.auth_identity_id, actorType: "producer_member", value: member.id }).config({
    name: "producer-portal-member-set-member-id",
  })
  return new WorkflowResponse(member)
})
