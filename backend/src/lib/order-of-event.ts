import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * The order an event is about, for subscribers that keep something in step with orders: order
 * events name it, delivery.created names the fulfilment, payment.captured/refunded the payment.
 */
export async function orderIdOfEvent(container: MedusaContainer, name: string, id: string | undefined): Promise<string | null> {
  if (!id) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (name === "delivery.created") {
    const { data } = await query.graph({ entity: "order_fulfillment", fields: ["order_id"], filters: { fulfillment_id: id } })
    return (data[0] as { order_id?: string } | undefined)?.order_id ?? null
  }
  if (name === "payment.captured" || name === "payment.refunded") {
    const [payment] = await container.resolve(Modules.PAYMENT).listPayments({ id }, { select: ["payment_collection_id"] })
    if (!payment) return null
    const { data } = await query.graph({
      entity: "order_payment_collection",
      fields: ["order_id"],
      filters: { payment_collection_id: payment.payment_collection_id },
    })
    return (data[0] as { order_id?: string } | undefined)?.order_id ?? null
  }
  return id
}

