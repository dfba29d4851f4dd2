import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { syncOrderAttributionStep } from "./steps"

/** Brings an order's attribution up to date (src/subscribers/partner-attribution.ts runs it on order events). */
export const syncOrderAttributionWorkflow = createWorkflow("partner-sync-order-attribution", (input: { order_id: string }) => {
  return new WorkflowResponse(syncOrderAttributionStep(input))
})
