import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { prepareBookingChangeStep, type PrepareBookingChangeInput } from "./steps/prepare-booking-change"
import { updateBookingLinesStep } from "./steps/update-booking-lines"

export type ServeBookingInput = PrepareBookingChangeInput

/**
 * A producer serves a booking of its experience: confirm, visited, no-show, or cancel with a
 * reason. The state lives on the booking's order lines (metadata.experience_state); a canceled
 * booking no longer holds its places (src/workflows/experiences/utils/bookings.ts). Under the order's
 * booking lock, so two clicks cannot both pass the state check.
 */
export const serveBookingWorkflow = createWorkflow("experiences-serve-booking", (input: ServeBookingInput) => {
  const lockKey = transform({ input }, ({ input }) => `booking:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  const prepared = prepareBookingChangeStep(input)
  updateBookingLinesStep(transform({ prepared }, ({ prepared }) => prepared.changes))
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ prepared }, ({ prepared }) => ({ order_id: prepared.order_id, state: prepared.state })))
})
