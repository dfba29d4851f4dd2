import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { withRetry } from "../notifications/order-email"
import { payoutBatchLines } from "../notifications/notice-sources"
import { notify } from "../notifications/notify"

/** Every producer and partner of a paid batch hears what it was paid (mandatory: money). */
export default async function payoutNotices({ event, container }: SubscriberArgs<{ batch_id: string }>) {
  const batchId = event.data?.batch_id
  if (!batchId) return
  await withRetry(`Payout notices for ${batchId}`, container, async () => {
    const batch = await payoutBatchLines(container, batchId)
    if (!batch?.paid) return
    for (const line of batch.lines) {
      const kind = line.type === "producer" ? "payout-paid" : "partner-payout-paid"
      await notify(container, {
        kind,
        key: `${kind}:${batch.id}:${line.id}`,
        facts: { amount: line.amount, period: batch.period, bank_reference: batch.bank_reference },
        ownerId: line.id,
        resourceId: batch.id,
        resourceType: "payout_batch",
        trigger: event.name,
      })
    }
  })
}

export const config: SubscriberConfig = { event: "ocop.payout.paid" }
