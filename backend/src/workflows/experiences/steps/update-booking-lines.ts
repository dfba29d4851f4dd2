import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BookingLineChange } from "./prepare-booking-change"

type OrderService = {
  updateOrderLineItems: (id: string, data: { metadata: Record<string, unknown> }) => Promise<unknown>
  updateOrderItem: (selector: { item_id: string }, data: { metadata: Record<string, unknown> }) => Promise<unknown>
}

// The order's items read their metadata from the order item (per order version) over the line
// item's, so both are written.
async function write(orders: OrderService, id: string, metadata: Record<string, unknown>) {
  await orders.updateOrderLineItems(id, { metadata })
  await orders.updateOrderItem({ item_id: id }, { metadata })
}

/** Writes each booking line's new metadata; compensation puts the old metadata back. */
export const updateBookingLinesStep = createStep(
  "experiences-update-booking-lines",
  async (changes: BookingLineChange[], { container }) => {
    const orders = container.resolve(Modules.ORDER) as unknown as OrderService
    for (const change of changes) await write(orders, change.id, change.after)
    return new StepResponse(undefined, changes)
  },
  async (changes, { container }) => {
    if (!changes?.length) return
    const orders = container.resolve(Modules.ORDER) as unknown as OrderService
    for (const change of changes) await write(orders, change.id, change.before)
  }
)
