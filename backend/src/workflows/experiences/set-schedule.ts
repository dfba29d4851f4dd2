import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { prepareExperienceScheduleStep, type SetExperienceScheduleInput } from "./steps/prepare-schedule"
import { saveExperienceScheduleStep } from "./steps/save-schedule"

export type { SetExperienceScheduleInput }

/**
 * A producer sets (or, with `schedule: null`, removes) the booking calendar of its own experience:
 * capacity per date, days off, time slots, minimum notice (src/modules/experiences). Bookings
 * follow it at once (src/workflows/experiences/utils/check-cart-booking.ts and hooks/).
 */
export const setExperienceScheduleWorkflow = createWorkflow("experiences-set-schedule", (input: SetExperienceScheduleInput) => {
  const prepared = prepareExperienceScheduleStep(input)
  saveExperienceScheduleStep(prepared)
  // The product page is cached by tag: its calendar must show at once (src/subscribers/storefront-revalidate.ts).
  emitEventStep({ eventName: "experience_schedule.changed", data: transform({ prepared }, ({ prepared }) => ({ id: prepared.product_id })) })
  return new WorkflowResponse(prepared)
})
