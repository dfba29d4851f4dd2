import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { orderIdOfEvent } from "../lib/order-of-event"
import { syncOrderLedgerWorkflow } from "../workflows/ledger/sync-order-ledger"

const ATTEMPTS = 3

/**
 * Keeps the ledger in step with each order's money: placed, paid (captured), delivered, refunded,
 * canceled. The workflow reads the order itself and appends only what is missing, so a retry is
 * safe; a failure is retried, then raised (logged by the event bus), never swallowed.
 */
export default async function orderLedgerHandler({ event, container }: SubscriberArgs<{ id?: string; order_id?: string }>) {
  // A received return names its order; every other event names its subject (src/lib/order-of-event.ts).
  const orderId = await orderIdOfEvent(container, event.name, event.data?.order_id ?? event.data?.id)
  if (!orderId) return
  for (let attempt = 1; ; attempt++) {
    try {
      await syncOrderLedgerWorkflow(container).run({ input: { order_id: orderId } })
      return
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error
      container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Ledger of order ${orderId}, attempt ${attempt}: ${(error as Error).message}; retrying`)
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt))
    }
  }
}

export const config: SubscriberConfig = {
  event: ["order.placed", "order.canceled", "delivery.created", "payment.captured", "payment.refunded", "order.return_received"],
}
