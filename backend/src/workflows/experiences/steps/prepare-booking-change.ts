import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bookingStateOf, isoDateInVietnam, nextBookingState, type BookingAction, type BookingState } from "@ocop/core"
import { invalid } from "../../lib/errors"
import { notFound, producerProductIds } from "../../producer-portal/utils/producer-access"

export type PrepareBookingChangeInput = {
  producer_id: string
  member_id?: string | null
  order_id: string
  /** Any line of the booking: every line of the same product, date and slot changes with it. */
  line_id: string
  action: BookingAction
  reason?: string | null
}

export type BookingLineChange = { id: string; before: Record<string, unknown>; after: Record<string, unknown> }

type Line = { id: string; product_id: string | null; metadata: Record<string, unknown> | null }

const slotOf = (m: Record<string, unknown>) => (typeof m.experience_slot === "string" ? m.experience_slot : "")

/**
 * Finds the booking in the producer's own lines of the order (404 otherwise, and for goods),
 * checks the action against its state and day (400 naming why), and works out each line's new
 * metadata: experience_state, when and by whom, and the reason of a cancellation.
 */
export const prepareBookingChangeStep = createStep(
  "experiences-prepare-booking-change",
  async (input: PrepareBookingChangeInput, { container }) => {
    const own = new Set(await producerProductIds(container, input.producer_id))
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "status", "items.id", "items.product_id", "items.metadata"],
      filters: { id: input.order_id },
    })
    const order = data[0] as { id: string; status: string; items?: Array<Line | null> | null } | undefined
    const lines = (order?.items ?? []).filter((i): i is Line => !!i && !!i.product_id && own.has(i.product_id))
    if (!order || lines.length === 0) notFound("order", input.order_id)
    const line = lines.find((l) => l.id === input.line_id)
    if (!line) notFound("order item", input.line_id)
    const meta = line.metadata ?? {}
    if (typeof meta.experience_date !== "string") {
      invalid("line_id", `item ${line.id} is goods to ship, not a booking; ship it with a carrier and tracking number`)
    }
    if (order.status === "canceled") invalid("order", `order ${order.id} is canceled`)
    const date = meta.experience_date
    const state: BookingState = bookingStateOf(meta.experience_state)
    const next = nextBookingState(state, input.action, { date, today: isoDateInVietnam(), reason: input.reason })
    if ("problem" in next) invalid(input.action === "cancel" && !input.reason?.trim() ? "reason" : "action", next.problem)

    const booking = lines.filter(
      (l) => l.product_id === line.product_id && l.metadata?.experience_date === date && slotOf(l.metadata ?? {}) === slotOf(meta)
    )
    const at = new Date().toISOString()
    const changes: BookingLineChange[] = booking.map((l) => {
      const before = { ...(l.metadata ?? {}) }
      const after: Record<string, unknown> = { ...before, experience_state: next.state, experience_state_at: at, experience_state_by: input.member_id ?? null }
      if (next.state === "canceled") after.experience_cancel_reason = input.reason!.trim()
      return { id: l.id, before, after }
    })
    return new StepResponse({ order_id: order.id, state: next.state, changes })
  }
)
