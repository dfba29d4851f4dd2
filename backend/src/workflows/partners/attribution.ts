import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { normalizeReferralCode, settle, type OrderFacts } from "./rules"
import { partnerService, type PartnerRecord } from "./steps"

type Container = { resolve: (key: string) => any }

/** The active partner whose referral code this is, or null (unknown, malformed, not active). */
export async function activePartnerByCode(container: Container, code: unknown): Promise<PartnerRecord | null> {
  const normalized = normalizeReferralCode(code)
  if (!normalized) return null
  const [partner] = await partnerService(container).listPartners({ referral_code: normalized, status: "active" })
  return partner ?? null
}

/** Records a click through a partner's link; an unknown or inactive code records nothing (visit_id null). */
type RecordedVisit = { recorded: boolean; visit_id: string | null }
const recordVisitStep = createStep("partner-record-visit-step", async (input: { code: string; path: string }, { container }) => {
  const partner = await activePartnerByCode(container, input.code)
  if (!partner) return new StepResponse<RecordedVisit, string | null>({ recorded: false, visit_id: null }, null)
  const visit = await partnerService(container).createPartnerVisits({ partner_id: partner.id, path: input.path, at: new Date() })
  return new StepResponse<RecordedVisit, string | null>({ recorded: true, visit_id: visit.id }, visit.id)
}, async (id, { container }) => {
  if (id) await partnerService(container).deletePartnerVisits([id])
})

export const recordPartnerVisitWorkflow = createWorkflow("partner-record-visit", (input: { code: string; path: string }) => {
  return new WorkflowResponse(recordVisitStep(input))
})

/**
 * Attributes a cart to the partner of a recorded visit (the last click wins): only a visit, never a
 * bare referral code, credits a partner (issue #21). A visit whose partner is no longer active
 * changes nothing and answers partner null; a cart already ordered keeps its attribution.
 */
type CartPartner = { cart_id: string; partner: PartnerRecord | null }
type CartUndo = { id: string; partner_id: string | null } | null
const answer = (value: CartPartner, undo: CartUndo = null) => new StepResponse<CartPartner, CartUndo>(value, undo)

const setCartPartnerStep = createStep("partner-set-cart-partner-step", async (input: { cart_id: string; visit_id: string }, { container }) => {
  const [cart] = await container.resolve(Modules.CART).listCarts({ id: input.cart_id }, { select: ["id", "completed_at"] })
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${input.cart_id}`)
  const [visit] = await partnerService(container).listPartnerVisits({ id: input.visit_id }, { select: ["id", "partner_id"] })
  const [active] = visit ? await partnerService(container).listPartners({ id: visit.partner_id as string, status: "active" }) : []
  const partner = active ?? null
  if (!partner || cart.completed_at) return answer({ cart_id: cart.id, partner: null })
  const service = partnerService(container)
  const [existing] = await service.listPartnerAttributions({ cart_id: cart.id })
  if (existing?.order_id) return answer({ cart_id: cart.id, partner: null })
  if (existing) {
    await service.updatePartnerAttributions({ id: existing.id, partner_id: partner.id })
    return answer({ cart_id: cart.id, partner }, { id: existing.id, partner_id: existing.partner_id as string })
  }
  const created = await service.createPartnerAttributions({ cart_id: cart.id, partner_id: partner.id })
  return answer({ cart_id: cart.id, partner }, { id: created.id, partner_id: null })
}, async (undo, { container }) => {
  if (!undo) return
  const service = partnerService(container)
  if (undo.partner_id) await service.updatePartnerAttributions({ id: undo.id, partner_id: undo.partner_id })
  else await service.deletePartnerAttributions([undo.id])
})

export const setCartPartnerWorkflow = createWorkflow("partner-set-cart-partner", (input: { cart_id: string; visit_id: string }) => {
  return new WorkflowResponse(setCartPartnerStep(input))
})

type OrderRow = {
  id: string
  status: string
  created_at: string | Date
  currency_code: string
  item_total: number | string
  total: number | string
  items?: Array<{ id: string; quantity: number | string } | null> | null
  fulfillments?: Array<{
    delivered_at?: string | null
    canceled_at?: string | null
    items?: Array<{ line_item_id?: string | null; quantity: number | string } | null> | null
  } | null> | null
  payment_collections?: Array<{ refunded_amount?: number | string | null } | null> | null
}

/** The facts of an order that settle its attribution (src/workflows/partners/rules.ts `settle`). */
export function orderFacts(order: OrderRow): OrderFacts {
  const delivered = new Map<string, number>()
  for (const f of order.fulfillments ?? []) {
    if (!f || f.canceled_at || !f.delivered_at) continue
    for (const item of f.items ?? []) {
      if (item?.line_item_id) delivered.set(item.line_item_id, (delivered.get(item.line_item_id) ?? 0) + Number(item.quantity))
    }
  }
  const items = (order.items ?? []).filter((i): i is { id: string; quantity: number } => !!i)
  return {
    status: order.status,
    item_total: Number(order.item_total),
    total: Number(order.total),
    refunded: (order.payment_collections ?? []).reduce((sum, pc) => sum + Number(pc?.refunded_amount ?? 0), 0),
    delivered: items.length > 0 && items.every((i) => (delivered.get(i.id) ?? 0) >= Number(i.quantity)),
  }
}

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
const syncOrderAttributionStep = createStep("partner-sync-order-attribution-step", async (input: { order_id: string }, { container }) => {
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
  const update: Record<string, unknown> = { id: attribution.id }
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
  const saved = await service.updatePartnerAttributions(update as never)
  return new StepResponse(saved, before)
}, async (before, { container }) => {
  if (!before) return
  const { partner, created_at, updated_at, deleted_at, ...fields } = before as Record<string, unknown>
  await partnerService(container).updatePartnerAttributions(fields as never)
})

export const syncOrderAttributionWorkflow = createWorkflow("partner-sync-order-attribution", (input: { order_id: string }) => {
  return new WorkflowResponse(syncOrderAttributionStep(input))
})
