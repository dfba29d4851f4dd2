import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { orderIdOfEvent } from "../lib/order-of-event"
import { notifyPartnerOfOrder } from "../notifications/partner-notices"
import { syncOrderAttributionWorkflow } from "../workflows/partners/sync-order-attribution"

/**
 * Keeps partner attributions in step with their orders: placed (ties the cart's partner to the
 * order with the rate of the day), delivered (earned), canceled or refunded (void or reduced).
 * The workflow reads the order's state itself, so each event only has to name the order.
 */
export default async function partnerAttributionHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const orderId = await orderIdOfEvent(container, event.name, event.data?.id)
  if (!orderId) return
  try {
    await syncOrderAttributionWorkflow(container).run({ input: { order_id: orderId } })
    // After the attribution is in step: the partner hears of the order, then of its commission.
    if (event.name === "order.placed" || event.name === "delivery.created") await notifyPartnerOfOrder(container, orderId, event.name)
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`Partner attribution of order ${orderId}: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: ["order.placed", "order.canceled", "delivery.created", "payment.refunded"],
}
