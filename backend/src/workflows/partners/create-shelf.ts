import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ShelfInput } from "./shelf-rules"
import { checkShelfProductsStep, createShelfStep } from "./steps"
import { emitShelfChanged } from "./utils/shelves"

/** Creates a partner's shelf of existing products (POST /partner/shelves). */
export const createShelfWorkflow = createWorkflow("partner-shelf-create", (input: { partner_id: string; shelf: ShelfInput }) => {
  checkShelfProductsStep(input.shelf.product_ids)
  const shelf = createShelfStep(input)
  emitShelfChanged(shelf)
  return new WorkflowResponse(shelf)
})
