// The check run when a booking enters a cart or changes there (add-to-cart and update-line-item
// hooks): date and party size valid, and the party fits the places left on that date after
// placed orders and the cart's other lines for the same experience and date.

import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { isoDateInVietnam } from "@ocop/core"
import { throwIfInvalid } from "../lib/errors"
import { capacityOf, checkBooking, fullDateProblem, isExperienceProduct, remainingPlaces, type ExperienceProduct } from "./booking-rules"
import { bookedPlaces, type CartLine } from "./bookings"

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
  const capacity = capacityOf(product)
  const { booking, problems } = checkBooking(line, capacity, isoDateInVietnam())
  throwIfInvalid(problems)
  const date = booking!.experience_date
  const sameDate = otherLines.filter(
    (l) => l.id !== line.line_id && l.product_id === product.id && l.metadata?.experience_date === date
  )
  if (!line.line_id && sameDate.some((l) => l.variant_id === line.variant_id)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `experience_date: ${date} is already in your cart for this ticket; change its party size there`
    )
  }
  const inCart = sameDate.reduce((sum, l) => sum + l.quantity, 0)
  const booked = (await bookedPlaces(container, product.id, date, date)).get(date) ?? 0
  throwIfInvalid([fullDateProblem(date, booking!.party_size, remainingPlaces(capacity, booked + inCart))].filter((p) => p !== null))
}
