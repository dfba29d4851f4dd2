import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteShelfStep } from "./steps"
import { emitShelfChanged } from "./utils/shelves"

/** Deletes (softly) one of the partner's own shelves (DELETE /partner/shelves/:id). */
export const deleteShelfWorkflow = createWorkflow("partner-shelf-delete", (input: { partner_id: string; id: string }) => {
  const deleted = deleteShelfStep(input)
  emitShelfChanged(input)
  return new WorkflowResponse(deleted)
})
