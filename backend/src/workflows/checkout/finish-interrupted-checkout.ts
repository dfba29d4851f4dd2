import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  addOrderTransactionStep,
  authorizePaymentSessionStep,
  createRemoteLinkStep,
  emitEventStep,
  releaseLockStep,
  reserveInventoryStep,
  updateCartsStep,
} from "@medusajs/medusa/core-flows"
import { findInterruptedCheckoutStep } from "./steps"
import type { InterruptedCheckout } from "./utils/interrupted-checkout"

export type FinishInterruptedCheckoutInput = { cart_id: string }

/**
 * Finishes what an interrupted cart completion left undone (see steps/find-interrupted-checkout.ts),
 * with the steps Medusa's completeCartWorkflow would have run: the cart's completion, the
 * order's link to its payment collection, the missing reservations, the payment's authorization
 * and its transaction, and the `order.placed` event (whose release died with the process).
 * It holds the same cart lock as a completion, so it never runs beside one.
 */
export const finishInterruptedCheckoutWorkflow = createWorkflow(
  "ocop-finish-interrupted-checkout",
  (input: FinishInterruptedCheckoutInput) => {
    // Same key and lifetime as completeCartWorkflow's; a short wait, as the caller falls back to it.
    acquireLockStep({ key: input.cart_id, timeout: 5, ttl: 120 })
    const found = findInterruptedCheckoutStep({ cart_id: input.cart_id })

    const finishedOrderId = when("checkout-was-interrupted", { found }, ({ found }) => !!found).then(() => {
      const todo = transform({ found }, ({ found }) => found as InterruptedCheckout)
      const cartUpdates = transform({ todo }, ({ todo }) =>
        todo.complete_cart ? [{ id: todo.cart_id, completed_at: new Date() }] : []
      )
      const links = transform({ todo }, ({ todo }) =>
        todo.link_payment_collection_id
          ? [{ order: { order_id: todo.order_id }, payment: { payment_collection_id: todo.link_payment_collection_id } }]
          : []
      )
      const reservations = transform({ todo }, ({ todo }) => ({ items: todo.reservations }))
      updateCartsStep(cartUpdates)
      createRemoteLinkStep(links)
      reserveInventoryStep(reservations)

      const payment = authorizePaymentSessionStep({ id: todo.payment_session_id })
      const transactions = transform({ payment, todo }, ({ payment, todo }) =>
        (payment?.captures ?? []).map((capture) => ({
          order_id: todo.order_id,
          amount: capture.raw_amount ?? capture.amount,
          currency_code: payment!.currency_code,
          reference: "capture",
          reference_id: capture.id,
        }))
      )
      addOrderTransactionStep(transactions)
      const placed = transform({ todo }, ({ todo }) => ({ id: todo.order_id }))
      emitEventStep({ eventName: OrderWorkflowEvents.PLACED, data: placed })
      return todo.order_id
    })

    releaseLockStep({ key: input.cart_id })
    const result = transform({ finishedOrderId }, ({ finishedOrderId }) => ({ order_id: finishedOrderId ?? null }))
    return new WorkflowResponse(result)
  }
)
