import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { syncOrderAttributionWorkflow } from "../workflows/partners/attribution"

/**
 * Keeps partner attributions in step with their orders: placed (ties the cart's partner to the
 * order with the rate of the day), delivered (earned), canceled or refunded (void or reduced).
 * The workflow reads the order's state itself, so each event only has to name the order.
 */
export default async function partnerAttributionHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const orderId = await orderIdOf(container, event.name, event.data?.id)
  if (!orderId) return
  try {
    await syncOrderAttributionWorkflow(container).run({ input: { order_id: orderId } })
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`Partner attribution of order ${orderId}: ${(error as Error).message}`)
  }
}

async function orderIdOf(container: SubscriberArgs<unknown>["container"], name: string, id: string | undefined): Promise<string | null> {
  if (!id) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (name === "delivery.created") {
    const { data } = await query.graph({ entity: "order_fulfillment", fields: ["order_id"], filters: { fulfillment_id: id } })
    return (data[0] as { order_id?: string } | undefined)?.order_id ?? null
  }
  if (name === "payment.refunded") {
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

export const config: SubscriberConfig = {
  event: ["order.placed", "order.canceled", "delivery.created", "payment.refunded"],
}
