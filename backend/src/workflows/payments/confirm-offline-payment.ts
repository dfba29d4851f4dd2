import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, capturePaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { orderPaymentLockKey, type OfflineProviderId } from "./utils/config"
import { findOfflinePaymentStep } from "./steps"

export type ConfirmOfflinePaymentInput = {
  order_id: string
  /** pp_cod_cod (cash collected on delivery) or pp_vietqr_vietqr (transfer seen on the statement). */
  provider_id: OfflineProviderId
  /** The admin user recording it. */
  captured_by?: string
  /** When given, must equal the amount due (no partial settlement by hand). */
  amount_received?: number
}

/**
 * Records that the money of a cash-on-delivery or VietQR order has arrived: captures the
 * order's authorized payment with Medusa's capture-payment workflow (which also adds the
 * order transaction and emits payment.captured). Holds the order's payment lock, so the
 * unpaid-order job cannot cancel the order in the meantime.
 */
export const confirmOfflinePaymentWorkflow = createWorkflow(
  "ocop-confirm-offline-payment",
  (input: ConfirmOfflinePaymentInput) => {
    const lockKey = transform({ input }, ({ input }) => orderPaymentLockKey(input.order_id))
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
    const found = findOfflinePaymentStep({
      order_id: input.order_id,
      provider_id: input.provider_id,
      amount_received: input.amount_received,
    })
    const payment = capturePaymentWorkflow.runAsStep({
      input: transform({ found, input }, ({ found, input }) => ({
        payment_id: found.payment_id,
        captured_by: input.captured_by,
      })),
    })
    releaseLockStep({ key: lockKey })
    const result = transform({ found, payment }, ({ found, payment }) => ({
      order_id: found.order_id,
      payment_id: found.payment_id,
      provider_id: found.provider_id,
      captured_at: payment.captured_at ?? null,
    }))
    return new WorkflowResponse(result)
  }
)
