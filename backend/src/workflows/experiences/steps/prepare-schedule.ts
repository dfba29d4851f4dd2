import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalid, throwIfInvalid } from "../../lib/errors"
import { ownProductOrThrow } from "../../producer-portal/utils/producer-access"
import { isExperienceProduct } from "../booking-rules"
import { checkSchedule, type Schedule, type ScheduleInput } from "../schedule-rules"

export type SetExperienceScheduleInput = {
  producer_id: string
  product_id: string
  /** null removes the schedule: the experience books as before schedules again. */
  schedule: ScheduleInput | null
}

/**
 * The producer's own experience (404 for another producer's product, 400 for goods) and its
 * schedule checked by schedule-rules.ts (400 naming each field).
 */
export const prepareExperienceScheduleStep = createStep(
  "experiences-prepare-schedule",
  async (input: SetExperienceScheduleInput, { container }) => {
    const product = await ownProductOrThrow(container, input.producer_id, input.product_id, ["title", "ocop_certificate.group"])
    if (!isExperienceProduct(product as Parameters<typeof isExperienceProduct>[0])) {
      invalid("product_id", `"${product.title}" is not an experience (OCOP group 6); only experiences are booked on a calendar`)
    }
    if (input.schedule === null) return new StepResponse({ product_id: product.id, schedule: null as Schedule | null })
    const { schedule, problems } = checkSchedule(input.schedule)
    throwIfInvalid(problems)
    return new StepResponse({ product_id: product.id, schedule: schedule as Schedule | null })
  }
)
