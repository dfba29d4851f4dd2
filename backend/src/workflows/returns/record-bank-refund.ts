import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, refundPaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { loadReturnableOrderStep } from "./steps/load-returnable-order"
import { pendingBankRefundStep } from "./steps/pending-bank-refund"
import { updateReturnRequestStep } from "./steps/update-return-request"

/**
 * The admin has transferred an accepted return's money to the buyer's bank account (COD and
 * VietQR orders): the refund is recorded on the order's payment, with the bank's reference, once.
 */
export const recordBankRefundWorkflow = createWorkflow(
  "returns-record-bank-refund",
  (input: { id: string; bank_reference: string; admin_id: string }) => {
    const key = transform({ input }, ({ input }) => `return-refund:${input.id}`)
    acquireLockStep({ key, timeout: 30, ttl: 60 })
    const request = pendingBankRefundStep({ id: input.id })
    const order = loadReturnableOrderStep({ order_id: request.order_id })
    refundPaymentWorkflow.runAsStep({
      input: transform({ request, order, input }, ({ request, order, input }) => ({
        payment_id: order.payment!.id,
        amount: Number(request.amount),
        created_by: input.admin_id,
        note: `Return ${request.id}, bank transfer ${input.bank_reference}`,
      })),
    })
    const updated = updateReturnRequestStep({ id: input.id, refunded_at: transform({}, () => new Date()), bank_reference: input.bank_reference })
    releaseLockStep({ key })
    return new WorkflowResponse(updated)
  }
)
