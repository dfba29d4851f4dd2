import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setProducerStockStep, type StockChangeInput } from "./steps"

export type SetProducerStockInput = StockChangeInput

/**
 * Sets stocked quantities of the producer's own variants at its own stock location (creating the
 * level when missing). Another producer's variant is "not found"; below zero is refused.
 */
export const setProducerStockWorkflow = createWorkflow("producer-portal-set-stock", (input: SetProducerStockInput) => {
  return new WorkflowResponse(setProducerStockStep(input))
})
