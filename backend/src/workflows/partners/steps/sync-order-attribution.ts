import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PartnerAttributionRecord } from "../../../modules/partner"
import { orderFacts, settle, type OrderRow } from "../rules"
import { partnerService } from "../utils/partner-service"

/** What the step sets on an attribution (src/modules/partner/models/partner-attribution.ts). */
type AttributionUpdate = { id: string } & Partial<Omit<PartnerAttributionRecord, "id" | "partner" | "created_at" | "updated_at" | "deleted_at">>

const ORDER_FIELDS = [
  "id", "status", "created_at", "currency_code", "item_total", "total", "items.id", "items.quantity",
  "fulfillments.delivered_at", "fulfillments.canceled_at", "fulfillments.items.line_item_id", "fulfillments.items.quantity",
  "payment_collections.refunded_amount",
]

/**
 * Brings an order's attribution up to date: on the first call for a placed order whose cart a
 * partner brought, ties it to the order with the partner's current rate; then settles it from
 * the order's state (pending, earned when delivered, void when canceled or refunded in full).
 * Safe to call for any order and any number of times.
 */
export const syncOrderAttributionStep = createStep("partner-sync-order-attribution-step", async (input: { order_id: string }, { container }) => {
  const service = partnerService(container)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let [attribution] = await service.listPartnerAttributions({ order_id: input.order_id })
  if (!attribution) {
    const { data: carts } = await query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: input.order_id } })
    const cartId = (carts[0] as { cart_id?: string } | undefined)?.cart_id
    if (!cartId) return new StepResponse(null)
    ;[attribution] = await service.listPartnerAttributions({ cart_id: cartId, order_id: null })
    if (!attribution) return new StepResponse(null)
  }
  const { data: orders } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: input.order_id } })
  const order = orders[0] as OrderRow | undefined
  if (!order) return new StepResponse(null)

  const before = { ...attribution }
  const update: AttributionUpdate = { id: attribution.id }
  let rate = attribution.commission_rate as number | null
  if (!attribution.order_id) {
    const [partner] = await service.listPartners({ id: attribution.partner_id as string }, { select: ["commission_rate"] })
    rate = Number(partner?.commission_rate ?? 0)
    Object.assign(update, {
      order_id: order.id,
      placed_at: new Date(order.created_at),
      commission_rate: rate,
      currency_code: order.currency_code,
    })
  }
  const settled = settle(orderFacts(order), Number(rate ?? 0))
  Object.assign(update, settled)
  if (settled.status !== attribution.status) {
    update.earned_at = settled.status === "earned" ? new Date() : null
    update.voided_at = settled.status === "void" ? new Date() : null
  }
  const saved = await service.updatePartnerAttributions(update)
  return new StepResponse(saved, before)
}, async (before, { container }) => {
  if (!before) return
  const { partner, created_at, updated_at, deleted_at, ...fields } = before
  await partnerService(container).updatePartnerAttributions(fields)
})
