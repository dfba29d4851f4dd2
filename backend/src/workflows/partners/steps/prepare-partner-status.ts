import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { freeReferralCode, referralCodeBase } from "../rules"
import { partnerService, retrievePartnerOrThrow } from "../utils/partner-service"
import type { PartnerUpdate } from "./update-partner"

export type UpdatePartnerStatusInput = { id: string; status: "active" | "rejected" | "suspended"; reason?: string | null }

/** The update a status change makes: approval assigns the referral code once, from the name, unique. */
export const preparePartnerStatusStep = createStep("partner-prepare-status", async (input: UpdatePartnerStatusInput, { container }) => {
  const partner = await retrievePartnerOrThrow(container, input.id)
  const reason = input.reason?.trim() || null
  if (input.status !== "active" && !reason) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `reason: is required to make a partner ${input.status}; the partner sees it`)
  }
  if (input.status === "rejected" && partner.status === "active") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "An active partner is suspended, not rejected.")
  }
  const update: PartnerUpdate = { id: partner.id, status: input.status, status_reason: input.status === "active" ? null : reason }
  if (input.status === "active" && !partner.referral_code) {
    const base = referralCodeBase(partner.display_name)
    const taken = await partnerService(container).listPartners({ referral_code: { $like: `${base}%` } }, { select: ["referral_code"], take: 10_000, withDeleted: true })
    update.referral_code = freeReferralCode(base, new Set(taken.map((p) => p.referral_code as string)))
  }
  return new StepResponse(update)
})
