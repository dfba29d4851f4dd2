import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { DEFAULT_VIETQR_UNPAID_TIMEOUT_HOURS } from "./utils/config"
import { cancelUnpaidOrdersStep, findUnpaidVietQrOrdersStep } from "./steps"

export type CancelUnpaidVietQrOrdersInput = {
  /** The moment to judge by, ISO 8601 (the job passes the current time, tests their own clock). */
  now: string
  /** Default 24 (VIETQR_UNPAID_TIMEOUT_HOURS is read by the job). */
  timeout_hours?: number
  /** At most this many orders a run (default 500); the next run takes the rest. */
  limit?: number
}

/**
 * Cancels VietQR orders whose transfer has not been confirmed within the timeout, releasing
 * their reserved stock. Returns { cutoff, canceled, skipped, failed }.
 */
export const cancelUnpaidVietQrOrdersWorkflow = createWorkflow(
  "ocop-cancel-unpaid-vietqr-orders",
  (input: CancelUnpaidVietQrOrdersInput) => {
    const findInput = transform({ input }, ({ input }) => ({
      now: input.now,
      timeout_hours: input.timeout_hours ?? DEFAULT_VIETQR_UNPAID_TIMEOUT_HOURS,
      limit: input.limit,
    }))
    const unpaid = findUnpaidVietQrOrdersStep(findInput)
    const outcome = cancelUnpaidOrdersStep(unpaid)
    const result = transform({ unpaid, outcome }, ({ unpaid, outcome }) => ({ cutoff: unpaid.cutoff, ...outcome }))
    return new WorkflowResponse(result)
  }
)
