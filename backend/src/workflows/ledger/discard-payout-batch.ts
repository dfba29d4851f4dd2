import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { discardPayoutBatchStep } from "./steps/discard-payout-batch"

/** Discards an unpaid payout batch, so that its period can be made again. */
export const discardPayoutBatchWorkflow = createWorkflow("ledger-discard-payout-batch", (input: { batch_id: string }) => {
  acquireLockStep({ key: "ledger:payouts", timeout: 30, ttl: 120 })
  const discarded = discardPayoutBatchStep(input)
  releaseLockStep({ key: "ledger:payouts" })
  return new WorkflowResponse(discarded)
})
