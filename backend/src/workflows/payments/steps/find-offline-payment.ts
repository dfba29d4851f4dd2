import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_PAYMENT_FIELDS, paymentsOf, PROVIDER_LABEL, type OrderWithPayments } from "../utils/order-payments"

export type FindOfflinePaymentInput = { order_id: string; provider_id: string; amount_received?: number }

/**
 * The order's uncaptured payment by the given provider, or a 4xx: 404 for an unknown order,
 * 400 for a canceled order, another payment method, an already recorded payment or a
 * received amount that does not match.
 */
export const findOfflinePaymentStep = createStep(
  "ocop-find-offline-payment",
  async (input: FindOfflinePaymentInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ORDER_PAYMENT_FIELDS, filters: { id: input.order_id } })
    const order = data[0] as OrderWithPayments | undefined
    if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
    const label = PROVIDER_LABEL[input.provider_id] ?? input.provider_id
    if (order.status === "canceled") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${order.id} is canceled: its ${label} payment cannot be recorded`)
    }
    const payments = paymentsOf(order).filter((p) => p.provider_id === input.provider_id)
    if (payments.length === 0) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${order.id} is not paid by ${label}`)
    }
    const open = payments.find((p) => !p.captured_at && !p.canceled_at)
    if (!open) {
      const captured = payments.some((p) => p.captured_at)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        captured ? `The ${label} payment of order ${order.id} is already recorded` : `The ${label} payment of order ${order.id} was canceled`
      )
    }
    if (input.amount_received !== undefined && !MathBN.eq(MathBN.convert(input.amount_received), MathBN.convert(open.amount as number))) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `amount_received: ${input.amount_received} does not match the amount due, ${MathBN.convert(open.amount as number).toString()}`
      )
    }
    return new StepResponse({ order_id: order.id, payment_id: open.id, provider_id: open.provider_id })
  }
)
