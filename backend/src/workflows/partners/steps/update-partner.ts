import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PartnerRecord } from "../../../modules/partner"
import { partnerService, retrievePartnerOrThrow } from "../utils/partner-service"

/** A change to a partner: its id and the stored fields to set (src/modules/partner/models/partner.ts). */
export type PartnerUpdate = { id: string } & Partial<
  Omit<PartnerRecord, "id" | "members" | "shelves" | "visits" | "attributions" | "created_at" | "updated_at" | "deleted_at">
>

/** Updates a partner; on rollback puts the previous values back. */
export const updatePartnerStep = createStep(
  "partner-update",
  async (input: PartnerUpdate, { container }) => {
    const before = await retrievePartnerOrThrow(container, input.id)
    const previous = Object.fromEntries(Object.keys(input).map((k) => [k, (before as Record<string, unknown>)[k]]))
    const updated = await partnerService(container).updatePartners(input)
    return new StepResponse(updated, previous as PartnerUpdate)
  },
  async (previous, { container }) => {
    if (previous) await partnerService(container).updatePartners(previous)
  }
)
