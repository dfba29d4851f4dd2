import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { ProducerStatusChange } from "./producer-rules"
import { setProducerStatusStep } from "./steps"
import { syncProductsOnSaleWorkflow } from "../ocop/sync-products-on-sale"

export const PRODUCER_STATUS_CHANGED = "producer.status_changed"

export type UpdateProducerStatusInput = { id: string } & ProducerStatusChange

/**
 * Approves ("active"), suspends ("suspended", reason required) or returns a producer to review
 * ("pending"); the reason is kept as status_reason. Emits `producer.status_changed`
 * { id, status, previous_status }; its products go off or on sale.
 */
export const updateProducerStatusWorkflow = createWorkflow(
  "producer-update-status",
  (input: UpdateProducerStatusInput) => {
    const changed = setProducerStatusStep(input)
    // Suspended (or back to review): its products leave sale; reactivated: they return.
    syncProductsOnSaleWorkflow.runAsStep({
      input: transform({ changed }, ({ changed }) => ({ producer_ids: [changed.producer.id] })),
    })
    emitEventStep({
      eventName: PRODUCER_STATUS_CHANGED,
      data: transform({ changed }, ({ changed }) => ({
        id: changed.producer.id,
        status: changed.producer.status,
        previous_status: changed.previous_status,
      })),
    })
    return new WorkflowResponse(transform({ changed }, ({ changed }) => changed.producer))
  }
)
