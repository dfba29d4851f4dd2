import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { preparePartnerStatusStep, updatePartnerStep, type UpdatePartnerStatusInput } from "./steps"

export type { UpdatePartnerStatusInput }

/** Approves, rejects or suspends a partner (POST /admin/partners/:id/status). */
export const updatePartnerStatusWorkflow = createWorkflow("partner-update-status", (input: UpdatePartnerStatusInput) => {
  const update = preparePartnerStatusStep(input)
  return new WorkflowResponse(updatePartnerStep(transform({ update }, ({ update }) => update)))
})
