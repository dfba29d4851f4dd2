import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadOrderForMessage, sendOrderEmail, storefrontUrl, withRetry } from "../notifications/order-email"
import { itemName, shipmentMessage, toAmount, type ShipmentForMessage } from "../notifications/order-messages"

type Fulfillment = {
  id: string
  labels?: Array<{ tracking_number?: string | null; tracking_url?: string | null } | null> | null
  items?: Array<{ line_item_id?: string | null; title?: string | null; quantity?: unknown } | null> | null
}

/** Shipping e-mail, in the shopper's language, when a shipment is created for an order's fulfilment. */
export default async function shipmentNotification({ event, container }: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  const fulfillmentId = event.data?.id
  if (!fulfillmentId || event.data?.no_notification) return
  await withRetry(`Shipping e-mail for fulfillment ${fulfillmentId}`, container, async () => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: links } = await query.graph({ entity: "order_fulfillment", fields: ["order_id"], filters: { fulfillment_id: fulfillmentId } })
    const orderId = (links[0] as { order_id?: string } | undefined)?.order_id
    if (!orderId) return
    const { data } = await query.graph({
      entity: "fulfillment",
      fields: ["id", "labels.tracking_number", "labels.tracking_url", "items.line_item_id", "items.title", "items.quantity"],
      filters: { id: fulfillmentId },
    })
    const fulfillment = data[0] as Fulfillment | undefined
    const order = await loadOrderForMessage(container, orderId)
    if (!fulfillment || !order) return
    const labels = (fulfillment.labels ?? []).filter((l) => l !== null)
    const shipment: ShipmentForMessage = {
      tracking_numbers: labels.map((l) => l.tracking_number?.trim()).filter((t): t is string => !!t),
      tracking_urls: labels.map((l) => l.tracking_url?.trim()).filter((u): u is string => !!u && /^https?:\/\//i.test(u)),
      items: (fulfillment.items ?? [])
        .filter((i) => i !== null)
        .map((i) => {
          // The fulfilment names the variant only ("100g"): name the order's line instead.
          const line = order.items?.find((item) => item?.id && item.id === i.line_item_id)
          // A Query quantity (a number or a BigNumber), which toAmount reads.
          return { title: line ? itemName(line) : (i.title ?? ""), quantity: toAmount(i.quantity as never) }
        }),
    }
    await sendOrderEmail(container, {
      order,
      message: shipmentMessage(order, shipment, { storefrontUrl: storefrontUrl() }),
      template: "order-shipped",
      trigger: event.name,
      idempotencyKey: `order-shipped:${fulfillmentId}`,
      extra: { fulfillment_id: fulfillmentId, tracking_numbers: shipment.tracking_numbers },
    })
  })
}

export const config: SubscriberConfig = { event: "shipment.created" }
