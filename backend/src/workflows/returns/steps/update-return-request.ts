import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETURNS_MODULE, type ReturnsModuleService } from "../../../modules/returns"

/** Records what became of an accepted request (its Medusa return, its refund). */
export const updateReturnRequestStep = createStep(
  "returns-update-request",
  async (input: { id: string; return_id?: string; refunded_at?: Date; bank_reference?: string }, { container }) => {
    const returns = container.resolve<ReturnsModuleService>(RETURNS_MODULE)
    const [before] = await returns.listReturnRequests({ id: input.id })
    const updated = await returns.updateReturnRequests(input)
    return new StepResponse(updated, { id: input.id, return_id: before?.return_id ?? null, refunded_at: before?.refunded_at ?? null, bank_reference: before?.bank_reference ?? null })
  },
  async (before, { container }) => {
    if (before) await container.resolve<ReturnsModuleService>(RETURNS_MODULE).updateReturnRequests(before)
  }
)
