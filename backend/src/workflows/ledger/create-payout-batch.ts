import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createPayoutBatchStep } from "./steps/create-payout-batch"

/** The payout batch of a period, made once (under one lock for all batches). */
export const createPayoutBatchWorkflow = createWorkflow("ledger-create-payout-batch", (input: { period: string }) => {
  acquireLockStep({ key: "ledger:payouts", timeout: 30, ttl: 120 })
  const batch = createPayoutBatchStep(input)
  releaseLockStep({ key: "ledger:payouts" })
  return new WorkflowResponse(batch)
})
