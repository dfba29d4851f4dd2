// What an interrupted cart completion left undone (not a step): read by steps/find-interrupted-checkout.ts
// and by the middleware that runs before Medusa's POST /store/carts/:id/complete.
import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, PaymentSessionStatus } from "@medusajs/framework/utils"

/** An inventory reservation in the shape Medusa's reserveInventoryStep takes. */
export type MissingReservation = {
  id: string
  inventory_item_id: string
  required_quantity: number
  allow_backorder: boolean
  quantity: BigNumberInput
  location_ids: string[]
}

/** What an interrupted cart completion left undone, to be finished by the retry. */
export type InterruptedCheckout = {
  order_id: string
  cart_id: string
  /** The cart still lacks completed_at. */
  complete_cart: boolean
  /** The order is not linked to the cart's payment collection yet. */
  link_payment_collection_id: string | null
  /** The payment session never authorized (still `pending`, no payment). */
  payment_session_id: string
  reservations: MissingReservation[]
}

type CartRow = {
  id: string
  completed_at: string | Date | null
  payment_collection?: {
    id: string
    payments?: { id: string }[] | null
    payment_sessions?: { id: string; status: string }[] | null
  } | null
}
type OrderRow = {
  id: string
  status: string
  sales_channel_id: string | null
  fulfillments?: { id: string }[] | null
  items?: { id: string; variant_id: string | null; detail?: { quantity: BigNumberInput } | null }[] | null
}
type VariantRow = {
  id: string
  manage_inventory: boolean
  allow_backorder: boolean
  inventory_items?: { inventory_item_id: string; required_quantity: number }[] | null
}

export async function findInterruptedCheckout(
  container: { resolve: <T = any>(key: string) => T },
  cartId: string
): Promise<InterruptedCheckout | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
  const orderId = (links[0] as { order_id?: string } | undefined)?.order_id
  if (!orderId) return null

  const { data: carts } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "completed_at",
      "payment_collection.id",
      "payment_collection.payments.id",
      "payment_collection.payment_sessions.id",
      "payment_collection.payment_sessions.status",
    ],
    filters: { id: cartId },
  })
  const cart = carts[0] as CartRow | undefined
  const collection = cart?.payment_collection
  const session = collection?.payment_sessions?.[0]
  if (!cart || !collection || !session) return null
  if (session.status !== PaymentSessionStatus.PENDING || collection.payments?.length) return null

  const { data: orders } = await query.graph({
    entity: "order",
    // An order line's quantity lives on its order item (`detail`), which `items.quantity` does not reach here.
    fields: ["id", "status", "sales_channel_id", "fulfillments.id", "items.id", "items.variant_id", "items.detail.quantity"],
    filters: { id: orderId },
  })
  const order = orders[0] as OrderRow | undefined
  if (!order || order.status === "canceled") return null

  const { data: collectionLinks } = await query.graph({
    entity: "order_payment_collection",
    fields: ["payment_collection_id"],
    filters: { order_id: orderId },
  })

  return {
    order_id: orderId,
    cart_id: cartId,
    complete_cart: !cart.completed_at,
    link_payment_collection_id: collectionLinks.length ? null : collection.id,
    payment_session_id: session.id,
    // Once fulfilled, reservations are used up on purpose: never put them back.
    reservations: order.fulfillments?.length ? [] : await missingReservations(container, order),
  }
}

/** Reservations the order's lines should hold and do not (their step ran in parallel with the link's). */
async function missingReservations(container: { resolve: <T = any>(key: string) => T }, order: OrderRow) {
  const lines = (order.items ?? []).filter((i) => i.variant_id)
  if (!lines.length || !order.sales_channel_id) return []
  const inventory = container.resolve(Modules.INVENTORY) as {
    listReservationItems: (filters: { line_item_id: string[] }) => Promise<{ line_item_id: string | null }[]>
    listInventoryLevels: (filters: { inventory_item_id: string[]; location_id: string[] }) => Promise<{ inventory_item_id: string; location_id: string }[]>
  }
  const reserved = new Set((await inventory.listReservationItems({ line_item_id: lines.map((l) => l.id) })).map((r) => r.line_item_id))
  const unreserved = lines.filter((l) => !reserved.has(l.id))
  if (!unreserved.length) return []

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: variants }, { data: channels }] = await Promise.all([
    query.graph({
      entity: "variant",
      fields: ["id", "manage_inventory", "allow_backorder", "inventory_items.inventory_item_id", "inventory_items.required_quantity"],
      filters: { id: unreserved.map((l) => l.variant_id!) },
    }),
    query.graph({ entity: "sales_channel", fields: ["stock_locations.id"], filters: { id: order.sales_channel_id } }),
  ])
  const channelLocations = ((channels[0] as { stock_locations?: { id: string }[] } | undefined)?.stock_locations ?? []).map((l) => l.id)
  const byId = new Map((variants as VariantRow[]).map((v) => [v.id, v]))
  // As Medusa does: reserve at a location of the order's channel that stocks the item.
  const itemIds = (variants as VariantRow[]).flatMap((v) => (v.inventory_items ?? []).map((i) => i.inventory_item_id))
  const levels = itemIds.length ? await inventory.listInventoryLevels({ inventory_item_id: itemIds, location_id: channelLocations }) : []
  const locationsOf = (itemId: string) => levels.filter((l) => l.inventory_item_id === itemId).map((l) => l.location_id)
  return unreserved.flatMap((line) => {
    const variant = byId.get(line.variant_id!)
    if (!variant?.manage_inventory) return []
    return (variant.inventory_items ?? []).map((item) => ({
      id: line.id,
      inventory_item_id: item.inventory_item_id,
      required_quantity: item.required_quantity,
      allow_backorder: variant.allow_backorder,
      quantity: line.detail?.quantity ?? 0,
      location_ids: locationsOf(item.inventory_item_id),
    }))
  })
}
