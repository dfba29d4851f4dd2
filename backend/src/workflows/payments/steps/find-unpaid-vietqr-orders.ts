import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VIETQR_PROVIDER_ID } from "../utils/config"
import { isUnpaidVietQrOrder, ORDER_PAYMENT_FIELDS, type OrderWithPayments } from "../utils/order-payments"

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
