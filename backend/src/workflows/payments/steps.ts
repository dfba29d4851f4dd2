import { ContainerRegistrationKeys, MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { orderPaymentLockKey, VIETQR_PROVIDER_ID } from "./config"

type OrderPayment = {
  id: string
  provider_id: string
  amount: unknown
  currency_code: string
  captured_at: string | Date | null
  canceled_at: string | Date | null
}
type OrderWithPayments = {
  id: string
  status: string
  created_at: string | Date
  payment_collections?: { payments?: OrderPayment[] | null }[] | null
}

const ORDER_PAYMENT_FIELDS = [
  "id",
  "status",
  "created_at",
  "payment_collections.payments.id",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.amount",
  "payment_collections.payments.currency_code",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
]

function paymentsOf(order: OrderWithPayments): OrderPayment[] {
  return (order.payment_collections ?? []).flatMap((pc) => pc?.payments ?? [])
}

const PROVIDER_LABEL: Record<string, string> = {
  pp_cod_cod: "cash on delivery",
  pp_vietqr_vietqr: "VietQR bank transfer",
}

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

export type FindUnpaidVietQrOrdersInput = { now: string; timeout_hours: number; limit?: number }
export type UnpaidVietQrOrders = { cutoff: string; order_ids: string[] }

/** Orders paid by VietQR, placed before now − timeout, not canceled, whose payment is not captured. */
export const findUnpaidVietQrOrdersStep = createStep(
  "ocop-find-unpaid-vietqr-orders",
  async (input: FindUnpaidVietQrOrdersInput, { container }) => {
    const now = new Date(input.now)
    if (Number.isNaN(now.getTime())) throw new MedusaError(MedusaError.Types.INVALID_DATA, `now: "${input.now}" is not a date`)
    const cutoff = new Date(now.getTime() - input.timeout_hours * 3_600_000)

    const paymentModule = container.resolve(Modules.PAYMENT)
    const payments = await paymentModule.listPayments(
      // Open payments (not captured, not canceled) created before the cutoff.
      { provider_id: VIETQR_PROVIDER_ID, captured_at: null, canceled_at: null, created_at: { $lte: cutoff } } as unknown as Parameters<
        typeof paymentModule.listPayments
      >[0],
      { select: ["id", "payment_collection_id"], take: null }
    )
    const collectionIds = [...new Set(payments.map((p) => p.payment_collection_id))]
    if (collectionIds.length === 0) return new StepResponse<UnpaidVietQrOrders>({ cutoff: cutoff.toISOString(), order_ids: [] })

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: links } = await query.graph({
      entity: "order_payment_collection",
      fields: ["order_id"],
      filters: { payment_collection_id: collectionIds },
    })
    const orderIds = [...new Set((links as { order_id: string }[]).map((l) => l.order_id))]
    if (orderIds.length === 0) return new StepResponse<UnpaidVietQrOrders>({ cutoff: cutoff.toISOString(), order_ids: [] })

    const { data: orders } = await query.graph({ entity: "order", fields: ORDER_PAYMENT_FIELDS, filters: { id: orderIds } })
    const due = (orders as OrderWithPayments[])
      .filter((order) => isUnpaidVietQrOrder(order, cutoff))
      .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
      .slice(0, input.limit ?? 500)
      .map((o) => o.id)
    return new StepResponse<UnpaidVietQrOrders>({ cutoff: cutoff.toISOString(), order_ids: due })
  }
)

function isUnpaidVietQrOrder(order: OrderWithPayments, cutoff: Date): boolean {
  if (order.status === "canceled" || order.status === "completed" || order.status === "archived") return false
  if (new Date(order.created_at).getTime() > cutoff.getTime()) return false
  const payments = paymentsOf(order)
  // Any captured payment (whatever the provider) means money arrived: leave the order to a human.
  if (payments.some((p) => p.captured_at)) return false
  return payments.some((p) => p.provider_id === VIETQR_PROVIDER_ID && !p.canceled_at)
}

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
