import type { DeliveredLine } from "@ocop/core/dist/server"

// The slice of Query used here: routes and workflow steps both pass theirs, whose generated types differ.
type Query = { graph: (config: any) => Promise<{ data: unknown[] }> }

type OrderRow = {
  id: string
  status: string
  items?: Array<{ id: string; product_id: string | null; product_title?: string | null; product_handle?: string | null } | null> | null
  fulfillments?: Array<{ delivered_at: string | Date | null; canceled_at: string | Date | null; items?: Array<{ line_item_id: string | null } | null> | null } | null> | null
}

export type CustomerLine = DeliveredLine & { product_title: string | null; product_handle: string | null }

/**
 * The customer's order lines (of one product, or all), each with when it was delivered: a line
 * counts as delivered when a fulfilment holding it is marked delivered and not canceled. Lines of
 * canceled orders are left out.
 */
export async function customerLines(query: Query, customerId: string, productId?: string): Promise<CustomerLine[]> {
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id", "status", "items.id", "items.product_id", "items.product_title", "items.product_handle",
      "fulfillments.delivered_at", "fulfillments.canceled_at", "fulfillments.items.line_item_id",
    ],
    filters: { customer_id: customerId },
  })
  const lines: CustomerLine[] = []
  for (const order of orders as OrderRow[]) {
    if (order.status === "canceled") continue
    const deliveredAt = new Map<string, Date>()
    for (const f of order.fulfillments ?? []) {
      if (!f || f.canceled_at || !f.delivered_at) continue
      for (const fi of f.items ?? []) if (fi?.line_item_id) deliveredAt.set(fi.line_item_id, new Date(f.delivered_at))
    }
    for (const item of order.items ?? []) {
      if (!item?.product_id || (productId && item.product_id !== productId)) continue
      lines.push({
        line_item_id: item.id,
        order_id: order.id,
        product_id: item.product_id,
        product_title: item.product_title ?? null,
        product_handle: item.product_handle ?? null,
        delivered_at: deliveredAt.get(item.id) ?? null,
      })
    }
  }
  return lines
}
