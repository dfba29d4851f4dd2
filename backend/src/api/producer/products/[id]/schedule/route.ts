import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EXPERIENCES_MODULE, type ExperiencesModuleService } from "../../../../../modules/experiences"
import { capacityOf, type ExperienceProduct } from "../../../../../workflows/experiences/booking-rules"
import { scheduleOf } from "../../../../../workflows/experiences/utils/bookings"
import { setExperienceScheduleWorkflow } from "../../../../../workflows/experiences/set-schedule"
import { ownProductOrThrow } from "../../../../../workflows/producer-portal/utils/producer-access"
import { producerScope } from "../../../lib/scope"
import type { ProducerSetScheduleType } from "./validators"

/** The saved schedule, and the places per date the experience takes without one (its capacity). */
async function answer(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const product = await ownProductOrThrow(req.scope, producerScope(req).producer_id, req.params.id!)
  const service = req.scope.resolve(EXPERIENCES_MODULE) as ExperiencesModuleService
  const [row] = await service.listExperienceSchedules({ product_id: product.id })
  res.json({
    schedule: row ? { product_id: row.product_id, ...scheduleOf(row), updated_at: row.updated_at } : null,
    capacity: capacityOf(product as ExperienceProduct),
  })
}

/**
 * GET /producer/products/:id/schedule → { schedule: { product_id, daily_capacity, min_notice_hours,
 * closed_weekdays, closed_dates, date_capacities, slots, updated_at } | null, capacity } (null: the
 * experience books by `capacity` per date alone). 404 unless the product is the producer's own.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await answer(req, res)
}

/** POST /producer/products/:id/schedule (the whole calendar) → { schedule }; 400 naming the field; 404 unless own. */
export async function POST(req: AuthenticatedMedusaRequest<ProducerSetScheduleType>, res: MedusaResponse) {
  await setExperienceScheduleWorkflow(req.scope).run({
    input: { producer_id: producerScope(req).producer_id, product_id: req.params.id!, schedule: req.validatedBody },
  })
  await answer(req, res)
}

/** DELETE /producer/products/:id/schedule → { schedule: null }: back to the capacity per date alone. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await setExperienceScheduleWorkflow(req.scope).run({
    input: { producer_id: producerScope(req).producer_id, product_id: req.params.id!, schedule: null },
  })
  await answer(req, res)
}
