import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { UpdateProducerInput } from "./producer-rules"
import { updateProducerStep } from "./steps"

export type { UpdateProducerInput }
export const PRODUCER_UPDATED = "producer.updated"

/** Changes a producer's profile (not its status: see updateProducerStatusWorkflow). Emits `producer.updated` { id }. */
export const updateProducerWorkflow = createWorkflow(
  "producer-update",
  (input: { id: string; update: UpdateProducerInput }) => {
    const producer = updateProducerStep(input)
    emitEventStep({ eventName: PRODUCER_UPDATED, data: transform({ producer }, ({ producer }) => ({ id: producer.id })) })
    return new WorkflowResponse(producer)
  }
)
