import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isEmailAddress } from "@ocop/core"
import { throwIfInvalid, type FieldProblem } from "../../lib/errors"
import { partnerService } from "../utils/partner-service"

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
export const preparePartnerApplicationStep = createStep("partner-prepare-application", async (input: ApplyAsPartnerInput, { container }) => {
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
