import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type OrderMoneyFacts, type SellerKind } from "@ocop/core/dist/server"
import { LEDGER_MODULE, type LedgerModuleService } from "../../../modules/ledger"
import { PARTNER_MODULE } from "../../../modules/partner"
import { deliveredLines, num, ORDER_LINE_FIELDS } from "../../lib/order-lines"

type Row = Record<string, any>
const date = (v: unknown) => (v ? new Date(v as string) : null)

const ORDER_FIELDS = [
  "id", "status", "created_at",
  ...ORDER_LINE_FIELDS, "items.unit_price", "items.detail.return_received_quantity",
  "payment_collections.payments.id", "payment_collections.payments.captures.id", "payment_collections.payments.captures.amount",
  "payment_collections.payments.captures.created_at", "payment_collections.payments.refunds.id",
  "payment_collections.payments.refunds.amount", "payment_collections.payments.refunds.created_at",
]

/**
 * The facts of an order that decide its money (see @ocop/core `orderEntries`): its lines with
 * their producer (kind and commission rate), deliveries, captures and refunds, and the partner
 * who brought it. Null when the order does not exist.
 */
export const loadOrderMoneyStep = createStep(
  "ledger-load-order-money",
  async (input: { order_id: string; return_window_days?: number }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: input.order_id } })
    const order = orders[0] as Row | undefined
    if (!order) return new StepResponse<OrderMoneyFacts | null>(null)

    const productIds = [...new Set((order.items ?? []).map((i: Row) => i?.product_id).filter(Boolean))] as string[]
    const { data: products } = productIds.length
      ? await query.graph({ entity: "product", fields: ["id", "producer.id", "producer.kind", "producer.commission_rate"], filters: { id: productIds } })
      : { data: [] }
    const producerOf = new Map((products as Row[]).map((p) => [p.id, p.producer]))

    const delivered = deliveredLines(order)

    const payments = (order.payment_collections ?? []).flatMap((pc: Row) => pc?.payments ?? []).filter(Boolean)
    const captures = payments.flatMap((p: Row) => p.captures ?? []).filter(Boolean)
    const refunds = payments.flatMap((p: Row) => p.refunds ?? []).filter(Boolean)
    const captured = captures.reduce((s: number, c: Row) => s + num(c.amount), 0)

    const partner = await partnerOf(container, order.id)

    const facts: OrderMoneyFacts = {
      id: order.id,
      canceled: order.status === "canceled",
      placed_at: new Date(order.created_at),
      payments: captures.map((c: Row) => ({ id: c.id, amount: num(c.amount), captured_at: new Date(c.created_at) })),
      refunds: refunds.map((r: Row) => ({ id: r.id, amount: num(r.amount), created_at: new Date(r.created_at) })),
      // What a received return takes off the order's total (Medusa recomputes it) must not make it "unpaid".
      paid: captured > 0 && captured + returnedTotal(order.items ?? []) >= num(order.total),
      // Lines of products without a producer (none in the catalog) are the platform's own.
      lines: (order.items ?? [])
        .filter((i: Row) => i && producerOf.get(i.product_id)?.id)
        .map((i: Row) => {
          const producer = producerOf.get(i.product_id) as Row
          const experienceDate = typeof i.metadata?.experience_date === "string" ? (i.metadata.experience_date as string) : null
          return {
            id: i.id,
            producer_id: producer.id,
            seller_kind: producer.kind as SellerKind,
            commission_rate: Number(producer.commission_rate ?? 0),
            category: experienceDate ? ("services" as const) : ("goods" as const),
            total: num(i.total),
            // What came back by accepted returns (src/workflows/returns) is reversed on its own line.
            returned: returnedTotal([i]),
            delivered_at: delivered.get(i.id) ?? null,
            experience_date: experienceDate,
          }
        }),
      partner,
      return_window_days: input.return_window_days ?? container.resolve<LedgerModuleService>(LEDGER_MODULE).returnWindowDays(),
    }
    return new StepResponse<OrderMoneyFacts | null>(facts)
  }
)

/** What accepted returns took back of the order's lines (Medusa's totals already leave it out), whole đồng. */
function returnedTotal(items: Row[]): number {
  return items.filter(Boolean).reduce((sum, i) => sum + Math.round(num(i.unit_price) * num(i.detail?.return_received_quantity)), 0)
}

/**
 * The partner who brought the order, with the rate of the day it was placed: its attribution by
 * order, or (before the attribution subscriber has tied it to the order) by the order's cart.
 */
async function partnerOf(container: { resolve: (key: string) => any }, orderId: string) {
  const partners = container.resolve(PARTNER_MODULE)
  let [attribution] = await partners.listPartnerAttributions({ order_id: orderId })
  if (!attribution) {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: orderId } })
    const cartId = (data[0] as { cart_id?: string } | undefined)?.cart_id
    if (cartId) [attribution] = await partners.listPartnerAttributions({ cart_id: cartId })
  }
  if (!attribution?.partner_id) return null
  let rate = attribution.commission_rate as number | null
  if (rate === null || rate === undefined) {
    const [p] = await partners.listPartners({ id: attribution.partner_id }, { select: ["commission_rate"] })
    rate = Number(p?.commission_rate ?? 0)
  }
  return { id: attribution.partner_id as string, commission_rate: Number(rate) }
}
