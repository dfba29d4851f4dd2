import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { daysBetween, isoDateInVietnam } from "@ocop/core"
import { capacityOf, datesBetween, isExperienceProduct, MAX_DAYS_AHEAD, remainingPlaces } from "../../../../../workflows/experiences/booking-rules"
import { bookedPlaces, experienceProduct } from "../../../../../workflows/experiences/bookings"
import type { StoreExperienceAvailabilityType } from "../../../../lib/experiences/middlewares"

const DEFAULT_WINDOW_DAYS = 30

/** GET /store/experiences/:product_id/availability?from=&to= → places left per date. */
export async function GET(req: MedusaRequest<unknown, StoreExperienceAvailabilityType>, res: MedusaResponse) {
  const product = await experienceProduct(req.scope, req.params.product_id)
  if (!product || !isExperienceProduct(product)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No experience with id ${req.params.product_id}`)
  }
  const today = isoDateInVietnam()
  const query = req.validatedQuery as StoreExperienceAvailabilityType
  const from = query.from && query.from > today ? query.from : today
  const to = query.to ?? addDays(from, DEFAULT_WINDOW_DAYS - 1)
  if (to < from) throw new MedusaError(MedusaError.Types.INVALID_DATA, `to: must be on or after ${from}`)
  if (daysBetween(from, to) > MAX_DAYS_AHEAD) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `to: at most ${MAX_DAYS_AHEAD} days after from`)
  }
  const capacity = capacityOf(product)
  const booked = await bookedPlaces(req.scope, product.id, from, to)
  res.json({
    product_id: product.id,
    capacity,
    today,
    dates: datesBetween(from, to).map((date) => {
      const remaining = remainingPlaces(capacity, booked.get(date) ?? 0)
      return { date, remaining, available: remaining > 0 }
    }),
  })
}

function addDays(date: string, days: number): string {
  return new Date(new Date(`${date}T00:00:00Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10)
}
