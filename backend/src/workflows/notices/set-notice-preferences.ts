import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setNoticePreferencesStep, type SetNoticePreferencesInput } from "./steps"

export type { SetNoticePreferencesInput }

/** Stores a portal member's notice language and the optional notices turned off. */
export const setNoticePreferencesWorkflow = createWorkflow("notices-set-preferences", (input: SetNoticePreferencesInput) => {
  return new WorkflowResponse(setNoticePreferencesStep(input))
})
