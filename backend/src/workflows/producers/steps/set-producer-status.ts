import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { prepareStatusChange, type ProducerStatusChange } from "../producer-rules"
import { producerService, retrieveProducerOrThrow } from "../utils/producer-service"

/** Approves, suspends (with a reason) or returns a producer to review; compensation restores the old status. */
export const setProducerStatusStep = createStep(
  "producer-set-status",
  async (input: { id: string } & ProducerStatusChange, { container }) => {
    const service = producerService(container)
    const change = prepareStatusChange(input)
    const before = await retrieveProducerOrThrow(service, input.id)
    const producer = await service.updateProducers({ id: input.id, ...change })
    return new StepResponse(
      { producer, previous_status: before.status },
      { id: before.id, status: before.status, status_reason: before.status_reason }
    )
  },
  async (previous, { container }) => {
    if (!previous) return
    await producerService(container).updateProducers(previous)
  }
)
