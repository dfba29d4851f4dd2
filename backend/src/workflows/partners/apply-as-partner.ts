import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { isEmailAddress } from "@ocop/core"
import { throwIfInvalid, type FieldProblem } from "../lib/errors"
import { partnerService } from "./steps"

export type PartnerApplication = {
  display_name: string
  legal_name: string
  kind: "hotel" | "cruise" | "tour_operator" | "travel_agency" | "other"
  contact_name: string
  email: string
  phone: string
  website?: string | null
}

export type ApplyAsPartnerInput = { auth_identity_id: string; application: PartnerApplication }

const PHONE = /^\+?[0-9 .()-]{8,20}$/

/** Checks the login (a partner emailpass identity without a partner yet) and the application. Writes nothing. */
const preparePartnerApplicationStep = createStep("partner-prepare-application", async (input: ApplyAsPartnerInput, { container }) => {
  const identity = await container.resolve(Modules.AUTH).retrieveAuthIdentity(input.auth_identity_id, { relations: ["provider_identities"] })
  const meta = (identity.app_metadata ?? {}) as Record<string, unknown>
  if (meta.partner_id || meta.partner_member_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This login already belongs to a partner; sign in again to use it.")
  }
  const login = (identity.provider_identities ?? []).find((p: { provider: string }) => p.provider === "emailpass")
  const loginEmail = String(login?.entity_id ?? "").toLowerCase()
  if (!loginEmail) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Register with an e-mail and password first (/auth/partner/emailpass/register).")

  const a = input.application
  const problems: FieldProblem[] = []
  if (!PHONE.test(a.phone.trim())) problems.push({ field: "phone", message: `not a phone number: "${a.phone}"` })
  if (!isEmailAddress(a.email.trim())) problems.push({ field: "email", message: `not an e-mail address: "${a.email}"` })
  if (a.website && !/^https?:\/\/\S+$/i.test(a.website.trim())) problems.push({ field: "website", message: "must start with http:// or https://" })
  throwIfInvalid(problems)

  const [member] = await partnerService(container).listPartnerMembers({ email: loginEmail }, { select: ["id"] })
  if (member) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${loginEmail} is already a member of a partner.`)
  return new StepResponse({ login_email: loginEmail })
})

const createPartnerWithOwnerStep = createStep(
  "partner-create-with-owner",
  async (input: ApplyAsPartnerInput & { login_email: string }, { container }) => {
    const service = partnerService(container)
    const a = input.application
    const partner = await service.createPartners({
      display_name: a.display_name.trim(),
      legal_name: a.legal_name.trim(),
      kind: a.kind,
      contact_name: a.contact_name.trim(),
      email: a.email.trim().toLowerCase(),
      phone: a.phone.trim(),
      website: a.website?.trim() || null,
      status: "pending",
      metadata: { applied_at: new Date().toISOString() },
    })
    const member = await service.createPartnerMembers({
      partner_id: partner.id,
      email: input.login_email,
      name: a.contact_name.trim(),
      role: "owner",
      auth_identity_id: input.auth_identity_id,
    })
    return new StepResponse({ partner, member }, { partner_id: partner.id, member_id: member.id })
  },
  async (created, { container }) => {
    if (!created) return
    const service = partnerService(container)
    await service.deletePartnerMembers([created.member_id])
    await service.deletePartners([created.partner_id])
  }
)

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
