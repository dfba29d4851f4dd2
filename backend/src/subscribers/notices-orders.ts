import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { withRetry } from "../notifications/order-email"
import { orderByProducer } from "../notifications/notice-sources"
import { notify } from "../notifications/notify"

/** Each producer of an order hears of it: a new order to ship, or an order canceled (its own lines only). */
export default async function orderNotices({ event, container }: SubscriberArgs<{ id: string }>) {
  const orderId = event.data?.id
  if (!orderId) return
  const kind = event.name === "order.canceled" ? "order-canceled" : "order-to-ship"
  await withRetry(`Producer notices (${kind}) for ${orderId}`, container, async () => {
    const order = await orderByProducer(container, orderId)
    if (!order) return
    for (const [producerId, products] of order.byProducer) {
      await notify(container, {
        kind,
        key: `${kind}:${order.id}:${producerId}`,
        facts: { order: order.number, products },
        ownerId: producerId,
        resourceId: order.id,
        resourceType: "order",
        trigger: event.name,
      })
    }
  })
}

export const config: SubscriberConfig = { event: ["order.placed", "order.canceled"] }
