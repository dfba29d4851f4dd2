import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { partnerService } from "../utils/partner-service"
import type { ApplyAsPartnerInput } from "./prepare-partner-application"

export const createPartnerWithOwnerStep = createStep(
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
