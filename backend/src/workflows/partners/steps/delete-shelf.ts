import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { partnerService } from "../utils/partner-service"
import { ownShelfOrThrow } from "../utils/shelves"

export const deleteShelfStep = createStep(
  "partner-shelf-delete-step",
  async (input: { partner_id: string; id: string }, { container }) => {
    await ownShelfOrThrow(container, input.partner_id, input.id)
    await partnerService(container).softDeleteShowcases([input.id])
    return new StepResponse(input.id, input.id)
  },
  async (id, { container }) => {
    if (id) await partnerService(container).restoreShowcases([id])
  }
)
