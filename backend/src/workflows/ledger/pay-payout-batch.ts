import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { payPayoutBatchStep } from "./steps/pay-payout-batch"

/** Emitted once a batch is paid: { batch_id } (src/subscribers/notices-payouts.ts tells the payees). */
export const PAYOUT_PAID = "ocop.payout.paid"

/** Records that a batch's transfers were made (bank reference); paid once only. */
export const payPayoutBatchWorkflow = createWorkflow(
  "ledger-pay-payout-batch",
  (input: { batch_id: string; bank_reference: string; paid_by?: string }) => {
    acquireLockStep({ key: "ledger:payouts", timeout: 30, ttl: 120 })
    const paid = payPayoutBatchStep(input)
    releaseLockStep({ key: "ledger:payouts" })
    emitEventStep({ eventName: PAYOUT_PAID, data: transform({ paid }, ({ paid }) => ({ batch_id: paid.batch_id })) })
    return new WorkflowResponse(paid)
  }
)
