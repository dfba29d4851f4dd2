import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReturnableLine } from "@ocop/core/dist/server"
import { RETURNS_MODULE, type ReturnsModuleService } from "../../../modules/returns"
import { deliveredLines, lineQuantity, num, ORDER_LINE_FIELDS } from "../../lib/order-lines"

type Row = Record<string, any>

export type ReturnableOrder = {
  id: string
  customer_id: string | null
  lines: Array<ReturnableLine & { producer_id: string | null }>
  /** The captured payment refunds go to, and how. */
  payment: { id: string; refund_method: "card" | "bank_transfer" } | null
}

/**
 * An order as a return sees it: its lines with their producer, delivery and what returns not
 * refused already ask back, and the payment to refund. 404 when it is not the customer's (the
 * same answer as for an order that does not exist: another's order is never confirmed).
 */
export const loadReturnableOrderStep = createStep(
  "returns-load-order",
  async (input: { order_id: string; customer_id?: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id", "customer_id", "status", ...ORDER_LINE_FIELDS,
        "payment_collections.payments.id", "payment_collections.payments.provider_id", "payment_collections.payments.captured_at",
      ],
      filters: { id: input.order_id },
    })
    const order = data[0] as Row | undefined
    if (!order || (input.customer_id !== undefined && order.customer_id !== input.customer_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
    }
    if (order.status === "canceled") throw new MedusaError(MedusaError.Types.INVALID_DATA, "This order was canceled: there is nothing to return.")

    const productIds = [...new Set((order.items ?? []).map((i: Row) => i?.product_id).filter(Boolean))] as string[]
    const { data: products } = productIds.length
      ? await query.graph({ entity: "product", fields: ["id", "producer.id"], filters: { id: productIds } })
      : { data: [] }
    const producerOf = new Map((products as Row[]).map((p) => [p.id, p.producer?.id ?? null]))

    const delivered = deliveredLines(order)

    const requested = new Map<string, number>()
    const open = await container.resolve<ReturnsModuleService>(RETURNS_MODULE).listReturnRequests({ order_id: order.id, status: ["requested", "accepted", "disputed"] })
    for (const r of open) for (const item of r.items as unknown as Array<{ line_item_id: string; quantity: number }>) {
      requested.set(item.line_item_id, (requested.get(item.line_item_id) ?? 0) + item.quantity)
    }

    const captured = (order.payment_collections ?? []).flatMap((pc: Row) => pc?.payments ?? []).find((p: Row) => p?.captured_at)
    const result: ReturnableOrder = {
      id: order.id,
      customer_id: order.customer_id ?? null,
      lines: (order.items ?? []).filter(Boolean).map((i: Row) => {
        return {
          id: i.id,
          quantity: lineQuantity(i),
          requested: requested.get(i.id) ?? 0,
          total: num(i.total),
          delivered_at: delivered.get(i.id) ?? null,
          experience: typeof i.metadata?.experience_date === "string",
          producer_id: producerOf.get(i.product_id) ?? null,
        }
      }),
      payment: captured
        ? { id: captured.id, refund_method: String(captured.provider_id).startsWith("pp_stripe") ? "card" : "bank_transfer" }
        : null,
    }
    return new StepResponse(result)
  }
)
