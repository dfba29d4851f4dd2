import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markNoticesReadStep } from "./steps"

/** Marks a portal member's notices read (POST /producer/notices/read, /partner/notices/read). */
export const markNoticesReadWorkflow = createWorkflow("notices-mark-read", (input: { receiver_id: string; ids?: string[] | null }) => {
  return new WorkflowResponse(markNoticesReadStep(input))
})
