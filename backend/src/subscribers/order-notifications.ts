import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { loadOrderForMessage, sendOrderEmail, storefrontUrl, withRetry } from "../notifications/order-email"
import { orderConfirmation } from "../notifications/order-messages"

/** Order confirmation e-mail, in the shopper's language, when an order is placed. */
export default async function orderPlacedNotification({ event, container }: SubscriberArgs<{ id: string }>) {
  const orderId = event.data?.id
  if (!orderId) return
  await withRetry(`Order confirmation for ${orderId}`, container, async () => {
    const order = await loadOrderForMessage(container, orderId)
    if (!order) return
    await sendOrderEmail(container, {
      order,
      message: orderConfirmation(order, { storefrontUrl: storefrontUrl() }),
      template: "order-confirmation",
      trigger: event.name,
      idempotencyKey: `order-confirmation:${order.id}`,
    })
  })
}

export const config: SubscriberConfig = { event: "order.placed" }
