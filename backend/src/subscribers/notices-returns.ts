import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { withRetry } from "../notifications/order-email"
import { orderByProducer } from "../notifications/notice-sources"
import { notify } from "../notifications/notify"

type Data = { id?: string; order_id?: string; producer_id?: string | null }

/** A return requested tells the producer it concerns; a return disputed tells the admin. */
export default async function returnNotices({ event, container }: SubscriberArgs<Data>) {
  const { id, order_id: orderId, producer_id: producerId } = event.data ?? {}
  if (!id || !orderId) return
  const disputed = event.name === "ocop.return.disputed"
  if (!disputed && !producerId) return
  const kind = disputed ? "admin-return-disputed" : "return-requested"
  await withRetry(`Return notice (${kind}) for ${id}`, container, async () => {
    const order = await orderByProducer(container, orderId)
    if (!order) return
    await notify(container, {
      kind,
      key: `${kind}:${id}`,
      facts: { order: order.number, products: producerId ? order.byProducer.get(producerId) : undefined },
      ownerId: disputed ? null : producerId,
      resourceId: id,
      resourceType: "return",
      trigger: event.name,
    })
  })
}

export const config: SubscriberConfig = { event: ["ocop.return.requested", "ocop.return.disputed"] }
