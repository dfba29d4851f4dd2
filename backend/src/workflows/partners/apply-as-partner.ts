import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createPartnerWithOwnerStep, preparePartnerApplicationStep, type ApplyAsPartnerInput, type PartnerApplication } from "./steps"

export type { ApplyAsPartnerInput, PartnerApplication }

/**
 * Files a partner's application (status "pending" until the admin approves it) with its owner
 * member, and records `partner_id` / `partner_member_id` in the login's app_metadata, so the next
 * sign-in's token carries actor_id = the partner. All or nothing.
 */
export const applyAsPartnerWorkflow = createWorkflow("partner-apply", (input: ApplyAsPartnerInput) => {
  const prepared = preparePartnerApplicationStep(input)
  const created = createPartnerWithOwnerStep(transform({ input, prepared }, ({ input, prepared }) => ({ ...input, ...prepared })))
  setAuthAppMetadataStep({
    authIdentityId: input.auth_identity_id,
    actorType: "partner",
    value: transform({ created }, ({ created }) => created.partner.id),
  }).config({ name: "partner-set-partner-id" })
  setAuthAppMetadataStep({
    authIdentityId: input.auth_identity_id,
    actorType: "partner_member",
    value: transform({ created }, ({ created }) => created.member.id),
  }).config({ name: "partner-set-member-id" })
  // The admin is told of a new application (src/subscribers/notices-admin.ts).
  emitEventStep({ eventName: "ocop.partner.applied", data: transform({ created }, ({ created }) => ({ id: created.partner.id })) })
  return new WorkflowResponse(created)
})
