// A partner's notices about the orders it brought: an order through its link (with the expected
// commission) and, once delivered, the commission earned. Read from the attribution the
// workflow (src/workflows/partners/sync-order-attribution.ts) has just brought in step with the order.

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notify } from "./notify"

export async function notifyPartnerOfOrder(container: MedusaContainer, orderId: string, trigger: string): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "partner_attribution",
    fields: ["id", "status", "commission", "partner.id"],
    filters: { order_id: orderId },
  })
  const attribution = data[0] as { id: string; status: string; commission: number; partner?: { id: string } | null } | undefined
  if (!attribution?.partner?.id) return
  const { data: orders } = await query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderId } })
  const order = orders[0] as unknown as { id: string; display_id?: number } | undefined
  const facts = { order: order?.display_id ? `#${order.display_id}` : orderId, amount: Number(attribution.commission) }
  const base = { ownerId: attribution.partner.id, resourceId: orderId, resourceType: "order", trigger, facts }
  await notify(container, { ...base, kind: "partner-order", key: `partner-order:${orderId}` })
  if (attribution.status === "earned") await notify(container, { ...base, kind: "partner-commission", key: `partner-commission:${orderId}` })
}
