import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { payPayoutBatchStep } from "./steps/pay-payout-batch"

/** Records that a batch's transfers were made (bank reference); paid once only. */
export const payPayoutBatchWorkflow = createWorkflow(
  "ledger-pay-payout-batch",
  (input: { batch_id: string; bank_reference: string; paid_by?: string }) => {
    acquireLockStep({ key: "ledger:payouts", timeout: 30, ttl: 120 })
    const paid = payPayoutBatchStep(input)
    releaseLockStep({ key: "ledger:payouts" })
    return new WorkflowResponse(paid)
  }
)
