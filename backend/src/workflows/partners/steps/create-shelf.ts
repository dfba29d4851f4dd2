import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { shelfRecord, type ShelfInput } from "../shelf-rules"
import { partnerService } from "../utils/partner-service"

export const createShelfStep = createStep(
  "partner-shelf-create-step",
  async (input: { partner_id: string; shelf: ShelfInput }, { container }) => {
    // product_ids is a json column: the model types it as an object, it holds the ids' array.
    const shelf = await partnerService(container).createShowcases({ partner_id: input.partner_id, ...shelfRecord(input.shelf) } as never)
    return new StepResponse(shelf, shelf.id)
  },
  async (id, { container }) => {
    if (id) await partnerService(container).deleteShowcases([id])
  }
)
