import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { payPayoutBatchStep } from "./steps/pay-payout-batch"

/**
 * Records that a batch's transfers were made (bank reference); paid once only. Emits
 * `ocop.payout.paid` { batch_id } (the notifications subscribe to it).
 */
export const payPayoutBatchWorkflow = createWorkflow(
  "ledger-pay-payout-batch",
  (input: { batch_id: string; bank_reference: string; paid_by?: string }) => {
    acquireLockStep({ key: "ledger:payouts", timeout: 30, ttl: 120 })
    const paid = payPayoutBatchStep(input)
    releaseLockStep({ key: "ledger:payouts" })
    emitEventStep({ eventName: "ocop.payout.paid", data: transform({ input }, ({ input }) => ({ batch_id: input.batch_id })) })
    return new WorkflowResponse(paid)
  }
)
