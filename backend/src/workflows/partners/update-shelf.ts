import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ShelfInput } from "./shelf-rules"
import { checkShelfProductsStep, updateShelfStep } from "./steps"
import { emitShelfChanged } from "./utils/shelves"

/** Changes one of the partner's own shelves (POST /partner/shelves/:id); 404 for another's. */
export const updateShelfWorkflow = createWorkflow(
  "partner-shelf-update",
  (input: { partner_id: string; id: string; shelf: Partial<ShelfInput> }) => {
    checkShelfProductsStep(input.shelf.product_ids)
    const shelf = updateShelfStep(input)
    emitShelfChanged(input)
    return new WorkflowResponse(shelf)
  }
)
