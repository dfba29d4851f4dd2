import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalid } from "../../lib/errors"
import { loadProducerContext, notFound, producerProductIds } from "../utils/producer-access"

export type FulfilProducerItemsInput = {
  producer_id: string
  member_id?: string | null
  order_id: string
  /** The producer's own line items and quantities; default every one of them not yet fulfilled. */
  items?: Array<{ id: string; quantity: number }>
  /** e.g. "Viettel Post", "GHTK", "GHN", "VNPost", "SPX". */
  carrier: string
  tracking_number: string
  tracking_url?: string | null
}

type PreparedFulfilment = {
  order_id: string
  location_id: string
  items: Array<{ id: string; quantity: number }>
  created_by: string | null
  metadata: Record<string, unknown>
  labels: Array<{ tracking_number: string; tracking_url: string; label_url: string }>
}

const num = (v: unknown) => Number(v ?? 0)

/**
 * Checks an order holds the producer's items (404 otherwise), that every item named is one of
 * them (404 for another producer's item) with that many units left to fulfil, and that the
 * producer has its own stock location to ship from.
 */
export const prepareProducerFulfilmentStep = createStep(
  "producer-portal-prepare-fulfilment",
  async (input: FulfilProducerItemsInput, { container }) => {
    const carrier = input.carrier?.trim()
    const tracking = input.tracking_number?.trim()
    if (!carrier) invalid("carrier", "name the carrier, e.g. Viettel Post, GHTK, GHN, VNPost, SPX")
    if (!tracking) invalid("tracking_number", "give the carrier's tracking number")
    const producer = await loadProducerContext(container, input.producer_id)
    const own = new Set(await producerProductIds(container, producer.id))
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "status", "items.id", "items.product_id", "items.metadata", "items.quantity", "items.detail.quantity", "items.detail.fulfilled_quantity"],
      filters: { id: input.order_id },
    })
    const order = data[0] as
      | {
          id: string
          status: string
          items?: Array<{
            id: string
            product_id: string | null
            metadata?: Record<string, unknown> | null
            quantity: unknown
            detail?: { quantity?: unknown; fulfilled_quantity?: unknown } | null
          } | null> | null
        }
      | undefined
    const ownItems = (order?.items ?? []).filter((i): i is NonNullable<typeof i> => !!i && !!i.product_id && own.has(i.product_id))
    if (!order || ownItems.length === 0) notFound("order", input.order_id)
    if (order.status === "canceled") invalid("order", `order ${order.id} is canceled`)
    if (!producer.stock_location_id) invalid("location", "your producer account has no stock location to ship from; ask the marketplace")
    // Bookings (experiences) are served, not shipped: never part of a parcel.
    const bookings = new Set(ownItems.filter((i) => typeof i.metadata?.experience_date === "string").map((i) => i.id))
    const remaining = new Map(
      ownItems.filter((i) => !bookings.has(i.id)).map((i) => [i.id, num(i.quantity ?? i.detail?.quantity) - num(i.detail?.fulfilled_quantity)])
    )

    let items: Array<{ id: string; quantity: number }>
    if (input.items?.length) {
      const seen = new Set<string>()
      items = input.items.map((item, i) => {
        if (bookings.has(item.id)) invalid(`items.${i}.id`, `item ${item.id} is a booking: confirm it and mark it visited, it is not shipped`)
        if (!remaining.has(item.id)) notFound("order item", item.id)
        if (seen.has(item.id)) invalid(`items.${i}.id`, `item ${item.id} is listed twice`)
        seen.add(item.id)
        const left = remaining.get(item.id)!
        if (!Number.isInteger(item.quantity) || item.quantity < 1) invalid(`items.${i}.quantity`, `must be a whole number from 1; got ${item.quantity}`)
        if (item.quantity > left) invalid(`items.${i}.quantity`, `only ${left} left to fulfil for item ${item.id}; got ${item.quantity}`)
        return { id: item.id, quantity: item.quantity }
      })
    } else {
      items = [...remaining].filter(([, left]) => left > 0).map(([id, quantity]) => ({ id, quantity }))
      if (!items.length) {
        invalid("items", remaining.size ? `your items of order ${order.id} are all fulfilled already` : `order ${order.id} holds only bookings of yours: nothing to ship`)
      }
    }
    return new StepResponse<PreparedFulfilment>({
      order_id: order.id,
      location_id: producer.stock_location_id,
      items,
      created_by: input.member_id ?? null,
      metadata: { carrier, producer_id: producer.id, fulfilled_by_member_id: input.member_id ?? null },
      labels: [{ tracking_number: tracking!, tracking_url: input.tracking_url?.trim() || "", label_url: "" }],
    })
  }
)
