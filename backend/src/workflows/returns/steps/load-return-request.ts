import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETURNS_MODULE, type ReturnsModuleService } from "../../../modules/returns"

/**
 * A return request as stored now: what a workflow answers after its last step (an accepted card
 * return is refunded at the end, so the request read at its start would still say "not refunded").
 */
export const loadReturnRequestStep = createStep("returns-load-request", async (input: { id: string }, { container }) => {
  const [request] = await container.resolve<ReturnsModuleService>(RETURNS_MODULE).listReturnRequests({ id: input.id })
  return new StepResponse(request!)
})
