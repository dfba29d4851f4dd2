import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { addDays, daysBetween, isoDateInVietnam } from "@ocop/core"
import { capacityOf, isExperienceProduct, MAX_DAYS_AHEAD } from "../../../../../workflows/experiences/booking-rules"
import { bookedPlacesBySlot, experienceProduct, experienceSchedules } from "../../../../../workflows/experiences/utils/bookings"
import type { StoreExperienceAvailabilityType } from "../../middlewares"
import { availabilityDates, publicSchedule } from "./answer"

const DEFAULT_WINDOW_DAYS = 30

/** GET /store/experiences/:product_id/availability?from=&to= → places left per date (and per slot): answer.ts. */
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
  const schedule = (await experienceSchedules(req.scope, [product.id])).get(product.id)
  const booked = await bookedPlacesBySlot(req.scope, product.id, from, to)
  res.json({
    product_id: product.id,
    // The most one party may be: the largest slot's or day's places.
    capacity: schedule ? Math.max(schedule.daily_capacity, ...schedule.slots.map((s) => s.capacity)) : capacityOf(product),
    today,
    schedule: publicSchedule(schedule),
    dates: availabilityDates(product, schedule, from, to, booked, Date.now()),
  })
}
