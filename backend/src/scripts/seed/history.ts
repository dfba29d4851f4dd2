// A few months of orders for the development seed (issue #19, part 5), so that the producer
// dashboard, the statements, the balances and the partner's monthly figures show something on a
// fresh `npm start`. Every order goes through the real workflows (./orders.ts): placed by cash on
// delivery, some through the demo partner's link, shipped by the producer, delivered, the cash
// collected, and one returned and refunded by bank transfer. Run after the demo producer logins
// and the demo partner. Idempotent: nothing is done once an order of the history's buyers exists.
//
// Medusa stamps each record with the time it is written, so all of it would fall on today. Once
// written, the dates of each order's records (order, fulfillments, payments, captures, refunds,
// returns, its ledger entries, its partner attribution and visit) are moved back: ONLY dates, each
// by the offset of the phase it was written in (placed, shipped, delivered, paid, return asked,
// refunded), so an order is placed on its day, shipped a day later, delivered three days later…
// The ledger's availability is the delivery (or capture) plus the return window, and it is moved
// by the same offset as that delivery, so `npm run ledger:check` still finds 0 differences.

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { LEDGER_MODULE, type LedgerModuleService } from "../../modules/ledger"
import { syncOrderLedgerWorkflow } from "../../workflows/ledger/sync-order-ledger"
import { syncOrderAttributionWorkflow } from "../../workflows/partners/sync-order-attribution"
import { confirmOfflinePaymentWorkflow } from "../../workflows/payments/confirm-offline-payment"
import { COD_PROVIDER_ID } from "../../workflows/payments/utils/config"
import { acceptReturnWorkflow } from "../../workflows/returns/accept-return"
import { recordBankRefundWorkflow } from "../../workflows/returns/record-bank-refund"
import { requestReturnWorkflow } from "../../workflows/returns/request-return"
import { DEMO_ACCOUNTS } from "./demo-accounts"
import { DEMO_BUYER_ADDRESS, type FoundationRefs } from "./foundation"
import { markDelivered, placeCodOrder, shipProducerItems, type PlacedOrder } from "./orders"

export type HistoryStatus = "placed" | "shipped" | "delivered" | "returned"

/** One order of the history: `days_ago` (Vietnam days before today) and hour it was placed. */
export type HistoryOrder = {
  days_ago: number
  hour: number
  lines: Array<{ handle: string; variant?: number; quantity: number }>
  status: HistoryStatus
  /** Through the demo partner's link. */
  partner?: boolean
  buyer: number
}

/** Guest buyers of the history (no logins), at the demo buyer's address; their e-mails mark the history as seeded. */
export const HISTORY_BUYERS = [
  { email: "khach.hang.1@ocop.local", first_name: "Minh", last_name: "Trần", phone: "+84903111222" },
  { email: "khach.hang.2@ocop.local", first_name: "Hoa", last_name: "Phạm", phone: "+84912333444" },
  { email: "khach.hang.3@ocop.local", first_name: "Tuấn", last_name: "Lê", phone: "+84934555666" },
  { email: "khach.hang.4@ocop.local", first_name: "Mai", last_name: "Đỗ", phone: "+84978777888" },
] as const

const PEARL = "ngoc-trai-akoya-ngoc-trai-ha-long"
const TAHITI = "ngoc-trai-tahiti-ngoc-trai-ha-long"
const TEA = "tra-hoa-vang-ba-che"

/**
 * About three months of the two demo producers' goods (they have their own stock locations to ship
 * from, ./demo-producers.ts), about half through the demo partner's link; the last days' orders still to ship or on their way; one tea order returned
 * in part. Each one within the cash-on-delivery limit, one or two units a line.
 */
export const HISTORY_ORDERS: HistoryOrder[] = [
  { days_ago: 88, hour: 9, lines: [{ handle: PEARL, quantity: 1 }], status: "delivered", partner: true, buyer: 0 },
  { days_ago: 84, hour: 14, lines: [{ handle: TEA, quantity: 2 }], status: "delivered", buyer: 1 },
  { days_ago: 79, hour: 10, lines: [{ handle: TEA, variant: 1, quantity: 2 }, { handle: PEARL, quantity: 1 }], status: "delivered", partner: true, buyer: 2 },
  { days_ago: 73, hour: 16, lines: [{ handle: TAHITI, quantity: 1 }], status: "delivered", buyer: 3 },
  { days_ago: 68, hour: 11, lines: [{ handle: TEA, variant: 1, quantity: 1 }], status: "delivered", partner: true, buyer: 0 },
  { days_ago: 58, hour: 8, lines: [{ handle: TEA, variant: 1, quantity: 1 }], status: "delivered", buyer: 2 },
  { days_ago: 54, hour: 15, lines: [{ handle: TEA, quantity: 1 }, { handle: TEA, variant: 1, quantity: 1 }], status: "delivered", partner: true, buyer: 3 },
  { days_ago: 49, hour: 10, lines: [{ handle: PEARL, quantity: 2 }], status: "delivered", partner: true, buyer: 0 },
  { days_ago: 41, hour: 9, lines: [{ handle: TEA, quantity: 2 }], status: "returned", buyer: 2 },
  { days_ago: 37, hour: 13, lines: [{ handle: TAHITI, quantity: 1 }], status: "delivered", partner: true, buyer: 3 },
  { days_ago: 33, hour: 17, lines: [{ handle: TEA, variant: 1, quantity: 1 }], status: "delivered", buyer: 0 },
  { days_ago: 29, hour: 10, lines: [{ handle: PEARL, quantity: 1 }, { handle: TEA, variant: 1, quantity: 1 }], status: "delivered", partner: true, buyer: 1 },
  { days_ago: 21, hour: 15, lines: [{ handle: PEARL, variant: 1, quantity: 1 }], status: "delivered", buyer: 3 },
  { days_ago: 17, hour: 11, lines: [{ handle: TEA, quantity: 2 }], status: "delivered", partner: true, buyer: 0 },
  { days_ago: 10, hour: 9, lines: [{ handle: PEARL, quantity: 1 }], status: "delivered", buyer: 2 },
  { days_ago: 7, hour: 14, lines: [{ handle: TEA, variant: 1, quantity: 1 }], status: "delivered", partner: true, buyer: 3 },
  { days_ago: 4, hour: 10, lines: [{ handle: TAHITI, quantity: 1 }], status: "shipped", buyer: 0 },
  { days_ago: 3, hour: 16, lines: [{ handle: TEA, quantity: 1 }], status: "shipped", partner: true, buyer: 1 },
  { days_ago: 1, hour: 9, lines: [{ handle: PEARL, quantity: 1 }], status: "placed", buyer: 2 },
  { days_ago: 1, hour: 18, lines: [{ handle: TEA, quantity: 1 }, { handle: PEARL, quantity: 1 }], status: "placed", partner: true, buyer: 3 },
  { days_ago: 0, hour: 8, lines: [{ handle: TEA, variant: 1, quantity: 1 }], status: "placed", buyer: 0 },
]

/** Phases in the order they are run; each order's records written in one are moved by its lag. */
const PHASES = ["placed", "shipped", "delivered", "paid", "return_asked", "refunded"] as const
/** Days after its placement each phase happens, for an order. */
const LAG_DAYS = [0, 1, 3, 3.2, 6, 8] as const

const DAY = 86_400_000
const HOUR = 3_600_000

type Logger = { info: (msg: string) => void; warn: (msg: string) => void }
type Variant = { id: string; producer_id: string }
type Seeded = { spec: HistoryOrder; order: PlacedOrder; producers: string[]; placed_real: Date; placed_at: Date }

/** When the order is shown as placed: its Vietnam day and hour, early enough for its last phase to be past. */
export function placedAt(spec: Pick<HistoryOrder, "days_ago" | "hour" | "status">, now: Date): Date {
  const today = new Date(now.getTime() + 7 * HOUR).toISOString().slice(0, 10)
  const wanted = new Date(new Date(`${today}T00:00:00.000+07:00`).getTime() - spec.days_ago * DAY + spec.hour * HOUR)
  const lastLag = LAG_DAYS[lastPhase(spec.status)]! * DAY
  return new Date(Math.min(wanted.getTime(), now.getTime() - lastLag - HOUR))
}

function lastPhase(status: HistoryStatus): number {
  return { placed: 0, shipped: 1, delivered: 3, returned: 5 }[status]
}

export async function seedDemoHistory(container: MedusaContainer, refs: FoundationRefs): Promise<number> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER) as Logger
  const orders = container.resolve(Modules.ORDER)
  // email is an order column the filter type does not list.
  if ((await orders.listOrders({ email: HISTORY_BUYERS.map((b) => b.email) } as never, { select: ["id"], take: 1 })).length) return 0
  const variants = await variantsByHandle(container, [...new Set(HISTORY_ORDERS.flatMap((o) => o.lines.map((l) => l.handle)))])
  if (!variants) {
    logger.warn("Demo history: a product of the history is missing or has no producer (seed the catalog first); skipped")
    return 0
  }
  const now = new Date()
  const took = Date.now()
  // Phase starts (real time): a record written at or after starts[i] belongs to phase i.
  const starts: Date[] = [new Date()]
  const seeded: Seeded[] = []
  await inParallel(HISTORY_ORDERS, async (spec) => {
    const buyer = HISTORY_BUYERS[spec.buyer]!
    const lines = spec.lines.map((l) => ({ variant: variants.get(l.handle)![l.variant ?? 0]!, quantity: l.quantity }))
    const order = await placeCodOrder(
      container,
      refs,
      { email: buyer.email, address: { ...DEMO_BUYER_ADDRESS, first_name: buyer.first_name, last_name: buyer.last_name, phone: buyer.phone } },
      lines.map((l) => ({ variant_id: l.variant.id, quantity: l.quantity })),
      spec.partner ? DEMO_ACCOUNTS.partner.referralCode : undefined
    )
    const [placed] = await orders.listOrders({ id: order.id }, { select: ["created_at"] })
    seeded.push({ spec, order, producers: [...new Set(lines.map((l) => l.variant.producer_id))], placed_real: new Date(placed!.created_at), placed_at: placedAt(spec, now) })
  })
  const reaching = (phase: number) => seeded.filter((s) => lastPhase(s.spec.status) >= phase)

  starts.push(new Date())
  const fulfillments = new Map<string, string[]>()
  await inParallel(reaching(1), async (s) => {
    const ids: string[] = []
    for (const producerId of s.producers) ids.push(await shipProducerItems(container, s.order.id, producerId))
    fulfillments.set(s.order.id, ids)
  })
  starts.push(new Date())
  await inParallel(reaching(2), async (s) => {
    for (const id of fulfillments.get(s.order.id)!) await markDelivered(container, s.order.id, id)
  })
  starts.push(new Date())
  // The carrier hands the cash over: a COD payment is captured before any refund can be made.
  await inParallel(reaching(3), (s) => confirmOfflinePaymentWorkflow(container).run({ input: { order_id: s.order.id, provider_id: COD_PROVIDER_ID } }))
  starts.push(new Date())
  const requests = new Map<string, string>()
  for (const s of reaching(4)) {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["items.id"], filters: { id: s.order.id } })
    const item = (data[0] as { items?: Array<{ id: string }> } | undefined)?.items?.[0]
    const { result } = await requestReturnWorkflow(container).run({
      input: {
        order_id: s.order.id,
        customer_id: s.order.customer_id!,
        items: [{ line_item_id: item!.id, quantity: 1 }],
        reason: "Hộp trà bị móp khi vận chuyển (dữ liệu mẫu)",
        bank_account: { bank_bin: "970436", account_number: "0011004455667", account_name: "Lê Tuấn" },
      },
    })
    requests.set(s.order.id, result.id)
  }
  starts.push(new Date())
  const [admin] = await container.resolve(Modules.USER).listUsers({ email: DEMO_ACCOUNTS.admin.email }, { select: ["id"] })
  for (const s of reaching(5)) {
    const id = requests.get(s.order.id)!
    await acceptReturnWorkflow(container).run({ input: { id, actor: { type: "producer", id: s.producers[0]! } } })
    await recordBankRefundWorkflow(container).run({ input: { id, bank_reference: `VCB-DEMO${s.order.id.slice(-6)}`, admin_id: admin?.id ?? DEMO_ACCOUNTS.admin.email } })
  }

  // Whatever the subscribers have not written yet (they run beside the seed) is written now, so
  // the dates below move every record the orders will ever have.
  await inParallel(seeded, async (s) => {
    await syncOrderLedgerWorkflow(container).run({ input: { order_id: s.order.id } })
    await syncOrderAttributionWorkflow(container).run({ input: { order_id: s.order.id } })
  })
  const windowDays = container.resolve<LedgerModuleService>(LEDGER_MODULE).returnWindowDays() ?? 7
  for (const s of seeded) {
    const shifts = LAG_DAYS.map((lag) => s.placed_at.getTime() + lag * DAY - s.placed_real.getTime())
    await moveOrderDates(container, s.order, starts, shifts, windowDays)
  }
  logger.info(`Demo history: ${seeded.length} orders over ${Math.max(...HISTORY_ORDERS.map((o) => o.days_ago))} days (${PHASES.join(", ")}) in ${((Date.now() - took) / 1000).toFixed(1)} s`)
  return seeded.length
}

/** Runs `job` for every item, PARALLEL at a time: the workflows wait on the database as much as they compute. */
const PARALLEL = 3
async function inParallel<T>(items: T[], job: (item: T) => Promise<unknown>) {
  const queue = [...items]
  await Promise.all(Array.from({ length: PARALLEL }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await job(item)
  }))
}

/** Each handle's variants, in the catalog's order, with the product's producer; null when one is missing. */
async function variantsByHandle(container: MedusaContainer, handles: string[]): Promise<Map<string, Variant[]> | null> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["handle", "status", "variants.id", "variants.variant_rank", "variants.created_at", "producer.id"],
    filters: { handle: handles },
  })
  const rows = data as Array<{ handle: string; status: string; variants?: Array<{ id: string; variant_rank?: number | null; created_at: string | Date }>; producer?: { id: string } | null }>
  const out = new Map<string, Variant[]>()
  for (const p of rows) {
    if (p.status !== "published" || !p.producer || !p.variants?.length) continue
    const sorted = [...p.variants].sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0) || new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
    out.set(p.handle, sorted.map((v) => ({ id: v.id, producer_id: p.producer!.id })))
  }
  return handles.every((h) => out.has(h)) ? out : null
}

/**
 * Moves the dates of one order's records back: a date written in phase i by shifts[i] ms. Dates
 * only, in one transaction, under the order's ledger lock (src/workflows/ledger/sync-order-ledger.ts),
 * so no ledger sync reads the order half moved. A ledger entry's availability (delivery or capture
 * plus the return window; a payment's or refund's own instant) is moved as the instant it stems from.
 */
async function moveOrderDates(container: MedusaContainer, order: PlacedOrder, starts: Date[], shifts: number[], windowDays: number) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  // `expr` is the instant that decides the phase; the result is the interval to add.
  const offset = (expr: string) => ({
    sql: `(case ${starts.slice(1).map(() => `when ${expr} < ?::timestamptz then ?::float8`).join(" ")} else ?::float8 end) * interval '1 millisecond'`,
    bindings: [...starts.slice(1).flatMap((start, i) => [start, shifts[i]!]), shifts[starts.length - 1]!],
  })
  const move = (columns: string[]) => {
    const parts = columns.map((c) => ({ c, ...offset(c) }))
    return { sql: parts.map((p) => `${p.c} = ${p.c} + ${p.sql}`).join(", "), bindings: parts.flatMap((p) => p.bindings) }
  }
  const update = (table: string, columns: string[], where: string, whereBindings: unknown[]) => {
    const set = move(columns)
    return { sql: `update ${table} set ${set.sql} where ${where}`, bindings: [...set.bindings, ...whereBindings] }
  }
  const payments = `select id from payment where payment_collection_id in (select payment_collection_id from order_payment_collection where order_id = ?)`
  const own = offset("available_at")
  const afterWindow = offset(`available_at - interval '${Math.round(windowDays)} days'`)
  const statements = [
    update(`"order"`, ["created_at"], "id = ?", [order.id]),
    update("fulfillment", ["created_at", "packed_at", "shipped_at", "delivered_at"], "id in (select fulfillment_id from order_fulfillment where order_id = ?)", [order.id]),
    update("payment", ["created_at", "captured_at"], "payment_collection_id in (select payment_collection_id from order_payment_collection where order_id = ?)", [order.id]),
    update("capture", ["created_at"], `payment_id in (${payments})`, [order.id]),
    update("refund", ["created_at"], `payment_id in (${payments})`, [order.id]),
    update(`"return"`, ["created_at", "requested_at", "received_at"], "order_id = ?", [order.id]),
    update("return_request", ["created_at", "decided_at", "refunded_at"], "order_id = ?", [order.id]),
    update("partner_attribution", ["created_at", "placed_at", "earned_at", "voided_at"], "order_id = ?", [order.id]),
    {
      sql: `update ledger_entry set occurred_at = occurred_at + ${offset("occurred_at").sql},
              available_at = available_at + (case when kind in ('payment', 'refund') then ${own.sql} else ${afterWindow.sql} end)
            where order_id = ?`,
      bindings: [...offset("occurred_at").bindings, ...own.bindings, ...afterWindow.bindings, order.id],
    },
    ...(order.visit_id ? [update("partner_visit", ["created_at", "at"], "id = ?", [order.visit_id])] : []),
  ]
  await container.resolve(Modules.LOCKING).execute(`ledger:${order.id}`, async () => {
    await pg.transaction(async (trx) => {
      // The statements' own bindings (strings, numbers, dates): knex's RawBinding, typed unknown[] here.
      for (const s of statements) await trx.raw(s.sql, s.bindings as never)
    })
  }, { timeout: 30 })
}
