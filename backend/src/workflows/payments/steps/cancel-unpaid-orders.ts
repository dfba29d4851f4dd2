import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { orderPaymentLockKey } from "../utils/config"
import { isUnpaidVietQrOrder, ORDER_PAYMENT_FIELDS, type OrderWithPayments } from "../utils/order-payments"

export type CancelUnpaidOrdersResult = { canceled: string[]; skipped: string[]; failed: { order_id: string; message: string }[] }

/**
 * Cancels each order with Medusa's cancel-order workflow (cancels the payment, deletes the
 * reservations so the stock is free again, emits order.canceled). Each order runs under the
 * lock the admin confirmation takes, and is checked again inside it: a transfer confirmed a
 * moment ago wins. One failure does not stop the others. Cancellations are final, so this
 * step has no compensation.
 */
export const cancelUnpaidOrdersStep = createStep(
  "ocop-cancel-unpaid-orders",
  async (input: { order_ids: string[]; cutoff: string }, { container }) => {
    const locking = container.resolve(Modules.LOCKING)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const cutoff = new Date(input.cutoff)
    const result: CancelUnpaidOrdersResult = { canceled: [], skipped: [], failed: [] }

    for (const orderId of input.order_ids) {
      try {
        await locking.execute(
          orderPaymentLockKey(orderId),
          async () => {
            const { data } = await query.graph({ entity: "order", fields: ORDER_PAYMENT_FIELDS, filters: { id: orderId } })
            const order = data[0] as OrderWithPayments | undefined
            if (!order || !isUnpaidVietQrOrder(order, cutoff)) {
              result.skipped.push(orderId)
              return
            }
            await cancelOrderWorkflow(container).run({ input: { order_id: orderId } })
            result.canceled.push(orderId)
          },
          { timeout: 10 }
        )
      } catch (e) {
        const message = (e as Error).message
        logger.warn(`VietQR: could not cancel unpaid order ${orderId}: ${message}`)
        result.failed.push({ order_id: orderId, message })
      }
    }
    return new StepResponse(result)
  }
)
