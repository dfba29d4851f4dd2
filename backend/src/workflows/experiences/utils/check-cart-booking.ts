// The check run when a booking enters a cart or changes there (add-to-cart and update-line-item
// hooks): date and party size valid, and the party fits the places left on that date after
// placed orders and the cart's other lines for the same experience and date. With a booking
// calendar (src/modules/experiences), also its days off, minimum notice and time slots.

import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { isoDateInVietnam } from "@ocop/core"
import { invalid, throwIfInvalid } from "../../lib/errors"
import { capacityOf, checkBooking, fullDateProblem, isExperienceProduct, remainingPlaces, type ExperienceProduct } from "../booking-rules"
import { bookedIn, bookedPlaces, bookedPlacesBySlot, experienceSchedules, type CartLine } from "./bookings"
import { checkScheduledChoice, dayPlan, fullSlotProblem, type Schedule } from "../schedule-rules"

export type BookingLine = {
  variant_id: string
  quantity: unknown
  metadata?: Record<string, unknown> | null
  /** The line being updated, left out of the cart's other lines. */
  line_id?: string
}

export async function checkCartBooking(
  container: MedusaContainer,
  product: ExperienceProduct | undefined,
  line: BookingLine,
  otherLines: CartLine[]
): Promise<void> {
  if (!product) return
  if (!isExperienceProduct(product)) {
    if (line.metadata?.experience_date !== undefined) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `experience_date: "${product.title ?? "this product"}" is not an experience and is not booked for a date`)
    }
    return
  }
  const schedule = (await experienceSchedules(container, [product.id])).get(product.id)
  if (schedule) return checkScheduledCartBooking(container, product, schedule, line, otherLines)
  const capacity = capacityOf(product)
  const { booking, problems } = checkBooking(line, capacity, isoDateInVietnam())
  throwIfInvalid(problems)
  // Times of day exist only in a schedule: a time sent for an experience without one would be ignored.
  if (slotOf(line.metadata)) invalid("experience_slot", `this experience has no times to choose; book ${booking!.experience_date} without a time`)
  const date = booking!.experience_date
  const sameDate = otherLines.filter(
    (l) => l.id !== line.line_id && l.product_id === product.id && l.metadata?.experience_date === date
  )
  refuseSecondLine(line, sameDate, date)
  const inCart = sameDate.reduce((sum, l) => sum + l.quantity, 0)
  const booked = (await bookedPlaces(container, product.id, date, date)).get(date) ?? 0
  throwIfInvalid([fullDateProblem(date, booking!.party_size, remainingPlaces(capacity, booked + inCart))].filter((p) => p !== null))
}

function refuseSecondLine(line: BookingLine, same: CartLine[], when: string) {
  if (!line.line_id && same.some((l) => l.variant_id === line.variant_id)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `experience_date: ${when} is already in your cart for this ticket; change its party size there`
    )
  }
}

/** With a booking calendar (schedule-rules.ts): day off, notice, slot, and the places of the slot. */
async function checkScheduledCartBooking(
  container: MedusaContainer,
  product: ExperienceProduct,
  schedule: Schedule,
  line: BookingLine,
  otherLines: CartLine[]
): Promise<void> {
  // Date and party size as without a schedule; the party is held to the slot's places below.
  const { booking, problems } = checkBooking(line, Number.MAX_SAFE_INTEGER, isoDateInVietnam())
  throwIfInvalid(problems)
  const date = booking!.experience_date
  const choice = checkScheduledChoice(dayPlan(schedule, date, Date.now()), schedule, line.metadata?.experience_slot)
  throwIfInvalid(choice.problems)
  if (booking!.party_size > choice.capacity && choice.capacity > 0) {
    invalid("party_size", `at most ${choice.capacity} people can be booked for one ${choice.slot ? "time" : "date"}; got ${booking!.party_size}`)
  }
  const same = otherLines.filter(
    (l) => l.id !== line.line_id && l.product_id === product.id && l.metadata?.experience_date === date && slotOf(l.metadata) === (choice.slot ?? "")
  )
  refuseSecondLine(line, same, choice.slot ? `${date} ${choice.slot}` : date)
  const inCart = same.reduce((sum, l) => sum + l.quantity, 0)
  const booked = bookedIn(await bookedPlacesBySlot(container, product.id, date, date), date, choice.slot ?? "")
  const left = remainingPlaces(choice.capacity, booked + inCart)
  const problem = choice.slot ? fullSlotProblem(date, choice.slot, booking!.party_size, left) : fullDateProblem(date, booking!.party_size, left)
  throwIfInvalid(problem ? [problem] : [])
}

export const slotOf = (m: Record<string, unknown> | null | undefined) => (typeof m?.experience_slot === "string" ? m.experience_slot : "")
