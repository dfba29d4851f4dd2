import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETURNS_MODULE, type ReturnsModuleService } from "../../../modules/returns"

/** An accepted return whose money still has to go to the buyer's bank account; refuses anything else. */
export const pendingBankRefundStep = createStep("returns-pending-bank-refund", async (input: { id: string }, { container }) => {
  const [request] = await container.resolve<ReturnsModuleService>(RETURNS_MODULE).listReturnRequests({ id: input.id })
  if (!request) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Return request ${input.id} was not found`)
  if (request.status !== "accepted") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This return request is ${request.status}: accept it before refunding.`)
  if (request.refund_method !== "bank_transfer") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This return was paid by card and refunded to it.")
  if (request.refunded_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This refund was already transferred.")
  return new StepResponse(request)
})
