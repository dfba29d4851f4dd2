import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { bookingActions, bookingRefund, bookingStateOf, countsInSales, isoDateInVietnam, monthBounds, paymentState, type BookingState } from "@ocop/core"
import { toCsv } from "@ocop/core/dist/server"
import { producerProductIds } from "../../../workflows/producer-portal/utils/producer-access"

// Orders as a producer sees them: only orders holding its products, only its own line items and
// fulfilments, and the buyer's delivery data (name, phone, address) — nothing about other
// producers' items, payments or the buyer's account. A booking (a line of an experience product
// with metadata.experience_date) is served, not shipped: it comes with the guest's contact, the
// order's payment state and the actions the producer can take, and is never left "to ship".

type Row = Record<string, any>
const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(typeof v === "object" && v && "numeric" in (v as object) ? (v as { numeric: number }).numeric : v))

const ORDER_FIELDS = [
  // An order-level total makes the Order Module compute the totals (items.total among them).
  "id", "display_id", "status", "created_at", "currency_code", "item_total", "email",
  "billing_address.first_name", "billing_address.last_name", "billing_address.phone",
  "payment_collections.amount", "payment_collections.captured_amount", "payment_collections.refunded_amount",
  "shipping_address.first_name", "shipping_address.last_name", "shipping_address.company", "shipping_address.phone",
  "shipping_address.address_1", "shipping_address.address_2", "shipping_address.city", "shipping_address.province",
  "shipping_address.postal_code", "shipping_address.country_code",
  "shipping_methods.name", "shipping_methods.data",
  "items.id", "items.title", "items.subtitle", "items.variant_title", "items.product_id", "items.variant_id", "items.variant_sku",
  "items.metadata", "items.thumbnail", "items.quantity", "items.unit_price", "items.subtotal", "items.total",
  "items.detail.quantity", "items.detail.fulfilled_quantity", "items.detail.shipped_quantity", "items.detail.delivered_quantity",
  "fulfillments.id", "fulfillments.location_id", "fulfillments.created_at", "fulfillments.shipped_at",
  "fulfillments.delivered_at", "fulfillments.canceled_at", "fulfillments.metadata",
  "fulfillments.labels.tracking_number", "fulfillments.labels.tracking_url",
  "fulfillments.items.line_item_id", "fulfillments.items.quantity",
]

/** Ids of the orders (not drafts) holding any of these products. */
async function orderIdsWithProducts(scope: MedusaContainer, productIds: string[]): Promise<string[]> {
  if (!productIds.length) return []
  const orders = scope.resolve(Modules.ORDER)
  const lineItems = await orders.listOrderLineItems({ product_id: productIds }, { select: ["id"] })
  if (!lineItems.length) return []
  const orderItems = await (orders as unknown as {
    listOrderItems: (f: Record<string, unknown>, c: Record<string, unknown>) => Promise<Array<{ order_id: string }>>
  }).listOrderItems({ item_id: lineItems.map((l) => l.id) }, { select: ["order_id"] })
  return [...new Set(orderItems.map((i) => i.order_id))]
}

type Booking = {
  date: string
  slot: string | null
  party_size: number
  state: BookingState
  cancel_reason: string | null
}

/** The booking a line is, or null for goods. */
function bookingOf(item: Row): Booking | null {
  const m = (item.metadata ?? {}) as Record<string, unknown>
  if (typeof m.experience_date !== "string") return null
  return {
    date: m.experience_date,
    slot: typeof m.experience_slot === "string" && m.experience_slot ? m.experience_slot : null,
    party_size: num(m.party_size ?? item.quantity),
    state: bookingStateOf(m.experience_state),
    cancel_reason: typeof m.experience_cancel_reason === "string" ? m.experience_cancel_reason : null,
  }
}

/** Lines of one product for one date (and slot) are one booking: the party by ticket type. */
export function bookingKey(productId: string, booking: { date: string; slot: string | null }) {
  return `${productId}|${booking.date}|${booking.slot ?? ""}`
}

/** The producer's own parcel of the order (`data.parcels`, one per producer); never another producer's. */
function ownParcel(order: Row, producerHandle: string): { weight_g: number; amount: number } | null {
  for (const method of order.shipping_methods ?? []) {
    const parcel = (method?.data?.parcels ?? []).find((p: Row | null) => p?.producer_handle === producerHandle)
    if (parcel) return { weight_g: num(parcel.weight_g), amount: num(parcel.amount) }
  }
  return null
}

function orderView(order: Row, own: Set<string>, today: string, producerHandle: string) {
  const items: Row[] = (order.items ?? []).filter((i: Row) => i && i.product_id && own.has(i.product_id))
  const itemIds = new Set(items.map((i: Row) => i.id))
  const fulfillments = (order.fulfillments ?? []).filter(
    (f: Row) => f && (f.items ?? []).length > 0 && (f.items ?? []).every((fi: Row) => itemIds.has(fi.line_item_id))
  )
  const a = order.shipping_address ?? {}
  const b = order.billing_address ?? {}
  const payment_status = paymentState((order.payment_collections ?? []).filter(Boolean))
  const lines = items.map((i: Row) => {
    const quantity = num(i.quantity ?? i.detail?.quantity)
    const fulfilled = num(i.detail?.fulfilled_quantity)
    const booking = bookingOf(i)
    return {
      id: i.id,
      title: i.title,
      subtitle: i.subtitle ?? null,
      variant_title: i.variant_title ?? null,
      product_id: i.product_id,
      variant_id: i.variant_id ?? null,
      sku: i.variant_sku ?? null,
      thumbnail: i.thumbnail ?? null,
      kind: booking ? ("booking" as const) : ("goods" as const),
      booking,
      quantity,
      unit_price: num(i.unit_price),
      total: num(i.total),
      fulfilled_quantity: fulfilled,
      shipped_quantity: num(i.detail?.shipped_quantity),
      delivered_quantity: num(i.detail?.delivered_quantity),
      // A booking has nothing to ship.
      remaining_quantity: booking ? 0 : quantity - fulfilled,
    }
  })
  const guest = {
    name: [b.first_name, b.last_name].filter(Boolean).join(" ") || [a.last_name, a.first_name].filter(Boolean).join(" ") || null,
    phone: b.phone || a.phone || null,
    email: order.email ?? null,
  }
  const groups = new Map<string, Array<(typeof lines)[number]>>()
  for (const line of lines) {
    if (!line.booking) continue
    const key = bookingKey(line.product_id, line.booking)
    groups.set(key, [...(groups.get(key) ?? []), line])
  }
  const bookings = [...groups.values()].map((group) => {
    const first = group[0]!
    const booking = first.booking!
    const total = group.reduce((s, l) => s + l.total, 0)
    return {
      id: first.id,
      product_id: first.product_id,
      title: first.title,
      date: booking.date,
      slot: booking.slot,
      state: booking.state,
      cancel_reason: booking.cancel_reason,
      party: group.map((l) => ({ item_id: l.id, ticket: l.variant_title, quantity: l.quantity, total: l.total })),
      guests: group.reduce((s, l) => s + l.quantity, 0),
      total,
      guest,
      actions: order.status === "canceled" ? [] : bookingActions(booking.state, { date: booking.date, today }),
      refund_if_canceled: bookingRefund(payment_status, total),
    }
  })
  return {
    id: order.id,
    display_id: order.display_id,
    status: order.status,
    created_at: order.created_at,
    currency_code: order.currency_code,
    payment_status,
    delivery: {
      name: [a.last_name, a.first_name].filter(Boolean).join(" ") || null,
      first_name: a.first_name ?? null,
      last_name: a.last_name ?? null,
      company: a.company ?? null,
      phone: a.phone ?? null,
      address_1: a.address_1 ?? null,
      address_2: a.address_2 ?? null,
      city: a.city ?? null,
      province: a.province ?? null,
      postal_code: a.postal_code ?? null,
      country_code: a.country_code ?? null,
      shipping_method: (order.shipping_methods ?? []).map((m: Row) => m?.name).filter(Boolean).join(", ") || null,
      // What the buyer paid to ship this producer's parcel (issue #13).
      parcel: ownParcel(order, producerHandle),
    },
    items: lines,
    items_total: lines.reduce((sum: number, i: Row) => sum + num(i.total), 0),
    // What counts in the producer's sales: goods once ordered, bookings once paid (not canceled).
    sales_total:
      order.status === "canceled"
        ? 0
        : lines.reduce((sum: number, l) => sum + (countsInSales({ booking_state: l.booking?.state ?? null }, payment_status) ? l.total : 0), 0),
    has_goods: lines.some((l) => l.kind === "goods"),
    bookings,
    fulfillments: fulfillments.map((f: Row) => ({
      id: f.id,
      created_at: f.created_at,
      shipped_at: f.shipped_at ?? null,
      delivered_at: f.delivered_at ?? null,
      canceled_at: f.canceled_at ?? null,
      carrier: (f.metadata?.carrier as string | undefined) ?? null,
      labels: (f.labels ?? []).filter(Boolean).map((l: Row) => ({ tracking_number: l.tracking_number, tracking_url: l.tracking_url || null })),
      items: (f.items ?? []).map((fi: Row) => ({ line_item_id: fi.line_item_id, quantity: num(fi.quantity) })),
    })),
  }
}

export type ProducerOrderView = ReturnType<typeof orderView>

async function ordersOf(
  scope: MedusaContainer,
  producerId: string,
  options: { only_id?: string; filters?: Record<string, unknown>; pagination?: { skip: number; take: number } }
): Promise<{ orders: ProducerOrderView[]; count: number }> {
  const productIds = await producerProductIds(scope, producerId)
  let ids = await orderIdsWithProducts(scope, productIds)
  // Never widen: the orders are always those holding the producer's products.
  if (options.only_id !== undefined) ids = ids.filter((id) => id === options.only_id)
  if (!ids.length) return { orders: [], count: 0 }
  const { pagination } = options
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "order",
    fields: ORDER_FIELDS,
    filters: { status: { $nin: ["draft"] }, ...options.filters, id: ids },
    pagination: { ...(pagination ?? {}), order: { created_at: "DESC" } },
  })
  const own = new Set(productIds)
  const today = isoDateInVietnam()
  const { data: producers } = await query.graph({ entity: "producer", fields: ["handle"], filters: { id: producerId } })
  const handle = (producers[0] as Row | undefined)?.handle ?? ""
  const orders = (data as Row[]).map((o) => orderView(o, own, today, handle)).filter((o) => o.items.length > 0)
  return { orders, count: metadata?.count ?? orders.length }
}

/** The producer's orders, newest first. */
export function producerOrders(scope: MedusaContainer, producerId: string, page: { limit: number; offset: number }) {
  return ordersOf(scope, producerId, { pagination: { skip: page.offset, take: page.limit } })
}

/** One order, as the producer sees it; 404 when it holds none of the producer's items. */
export async function producerOrder(scope: MedusaContainer, producerId: string, orderId: string) {
  const { orders } = await ordersOf(scope, producerId, { only_id: orderId })
  const order = orders.find((o) => o.id === orderId)
  if (!order || order.items.length === 0) throw new MedusaError(MedusaError.Types.NOT_FOUND, `order ${orderId} was not found`)
  return order
}

// ---------------------------------------------------------------------------------------------
// Monthly statements

export type Statement = {
  month: string
  producer: { id: string; handle: string; legal_name: string; tax_code: string | null }
  currency_code: "vnd"
  commission_rate: number
  order_count: number
  gross_sales: number
  commission: number
  net_payable: number
  lines: Array<{
    order_id: string
    display_id: number
    created_at: string
    item_id: string
    title: string
    variant_title: string | null
    sku: string | null
    quantity: number
    unit_price: number
    total: number
  }>
}

/**
 * A month's statement: every item of the producer in orders placed that month (Vietnam time),
 * canceled orders and unpaid or canceled bookings left out. gross_sales = Σ item totals; commission = round(gross × the producer's
 * commission_rate); net_payable = gross − commission. Whole đồng.
 */
export async function producerStatement(scope: MedusaContainer, producerId: string, month: string): Promise<Statement> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer",
    fields: ["id", "handle", "legal_name", "tax_code", "commission_rate"],
    filters: { id: producerId },
  })
  const producer = data[0] as { id: string; handle: string; legal_name: string; tax_code: string | null; commission_rate: number }
  const { from, to } = monthBounds(month)
  const { orders } = await ordersOf(scope, producerId, {
    filters: { created_at: { $gte: from, $lt: to }, status: { $nin: ["draft", "canceled"] } },
  })
  const lines = orders
    .slice()
    .sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
    .flatMap((o) =>
      o.items
        .filter((i) => countsInSales({ booking_state: i.booking?.state ?? null }, o.payment_status))
        .map((i: ProducerOrderView["items"][number]) => ({
        order_id: o.id,
        display_id: o.display_id,
        created_at: new Date(o.created_at).toISOString(),
        item_id: i.id,
        title: i.title,
        variant_title: i.variant_title,
        sku: i.sku,
        quantity: i.quantity,
        unit_price: i.unit_price,
        total: i.total,
      }))
    )
  const gross = lines.reduce((s, l) => s + l.total, 0)
  const rate = Number(producer.commission_rate ?? 0)
  const commission = Math.round(gross * rate)
  return {
    month,
    producer: { id: producer.id, handle: producer.handle, legal_name: producer.legal_name, tax_code: producer.tax_code ?? null },
    currency_code: "vnd",
    commission_rate: rate,
    order_count: new Set(lines.map((l) => l.order_id)).size,
    gross_sales: gross,
    commission,
    net_payable: gross - commission,
    lines,
  }
}

/** An instant as a producer reads it: Vietnam's wall-clock time (UTC+7), "YYYY-MM-DD HH:mm". */
export function vietnamTime(instant: string | Date): string {
  return new Date(new Date(instant).getTime() + 7 * 3600_000).toISOString().slice(0, 16).replace("T", " ")
}

/** The statement as CSV (UTF-8 with a byte-order mark, so Excel reads the Vietnamese); times in Vietnam's time. */
export function statementCsv(s: Statement): string {
  const rows: unknown[][] = [
    ["Sao kê / Statement", s.month],
    ["Chủ thể / Producer", s.producer.legal_name],
    ["Mã số thuế / Tax code", s.producer.tax_code ?? ""],
    [],
    ["Mã đơn / Order", "Ngày đặt (giờ Việt Nam) / Placed at (Vietnam time, UTC+7)", "Sản phẩm / Product", "Loại / Variant", "SKU", "Số lượng / Qty", "Đơn giá (VND)", "Thành tiền (VND)"],
    ...s.lines.map((l) => [`#${l.display_id}`, vietnamTime(l.created_at), l.title, l.variant_title ?? "", l.sku ?? "", l.quantity, l.unit_price, l.total]),
    [],
    ["Doanh thu / Gross sales (VND)", s.gross_sales],
    [`Hoa hồng / Commission ${Math.round(s.commission_rate * 10000) / 100}% (VND)`, s.commission],
    ["Thực nhận / Net payable (VND)", s.net_payable],
  ]
  return toCsv(rows)
}
