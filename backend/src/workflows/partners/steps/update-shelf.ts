import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { shelfRecord, type ShelfInput } from "../shelf-rules"
import { partnerService } from "../utils/partner-service"
import { ownShelfOrThrow } from "../utils/shelves"

export const updateShelfStep = createStep(
  "partner-shelf-update-step",
  async (input: { partner_id: string; id: string; shelf: Partial<ShelfInput> }, { container }) => {
    const before = await ownShelfOrThrow(container, input.partner_id, input.id)
    // product_ids is a json column: the model types it as an object, it holds the ids' array.
    const shelf = await partnerService(container).updateShowcases({ id: input.id, ...shelfRecord(input.shelf) } as never)
    const { title_vi, title_en, note_vi, note_en, product_ids } = before
    return new StepResponse(shelf, { id: before.id, title_vi, title_en, note_vi, note_en, product_ids })
  },
  async (before, { container }) => {
    // As above: product_ids, an array in a json column.
    if (before) await partnerService(container).updateShowcases(before as never)
  }
)
