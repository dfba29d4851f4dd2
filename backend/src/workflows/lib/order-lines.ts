// How the ledger (ledger/steps/load-order-money.ts) and returns (returns/steps/load-returnable-order.ts)
// read an order's lines from Query: the same facts, read one way.

type Row = Record<string, any>

/** A Query number: plain, or a BigNumber's { numeric }. */
export const num = (v: unknown) => Number(v && typeof v === "object" && "numeric" in (v as object) ? (v as { numeric: number }).numeric : (v ?? 0))

/**
 * The Query fields `lineQuantity`, `deliveredLines` and a line's total need. The order's own
 * "total" is among them: without an order-level total, the order module computes no line totals.
 */
export const ORDER_LINE_FIELDS = [
  "total", "items.id", "items.quantity", "items.detail.quantity", "items.total", "items.product_id", "items.metadata",
  "fulfillments.delivered_at", "fulfillments.canceled_at", "fulfillments.items.line_item_id", "fulfillments.items.quantity",
]

/** A line's quantity: Query may leave the line's own field out; its detail always has it. */
export const lineQuantity = (item: Row) => num(item.quantity ?? item.detail?.quantity)

/** When each line was delivered in full (its last delivery), by line id; lines not yet delivered in full are absent. */
export function deliveredLines(order: Row): Map<string, Date> {
  const delivered = new Map<string, { quantity: number; at: Date }>()
  for (const f of order.fulfillments ?? []) {
    if (!f || f.canceled_at || !f.delivered_at) continue
    for (const fi of f.items ?? []) {
      const seen = delivered.get(fi.line_item_id) ?? { quantity: 0, at: new Date(0) }
      const at = new Date(f.delivered_at)
      delivered.set(fi.line_item_id, { quantity: seen.quantity + num(fi.quantity), at: at > seen.at ? at : seen.at })
    }
  }
  const quantities = new Map<string, number>((order.items ?? []).filter(Boolean).map((i: Row) => [i.id, lineQuantity(i)]))
  const out = new Map<string, Date>()
  for (const [id, d] of delivered) if (d.quantity >= (quantities.get(id) ?? Infinity)) out.set(id, d.at)
  return out
}
