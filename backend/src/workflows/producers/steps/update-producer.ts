import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { prepareProducerUpdate, type UpdateProducerInput } from "../producer-rules"
import { assertHandleFree, producerService, retrieveProducerOrThrow } from "../utils/producer-service"

/** Validates and applies changes to a producer's profile; compensation puts the old values back. */
export const updateProducerStep = createStep(
  "producer-update",
  async (input: { id: string; update: UpdateProducerInput }, { container }) => {
    const service = producerService(container)
    const changes = prepareProducerUpdate(input.update)
    const before = (await retrieveProducerOrThrow(service, input.id)) as unknown as Record<string, unknown>
    if (typeof changes.handle === "string" && changes.handle !== before.handle) {
      await assertHandleFree(service, changes.handle, input.id)
    }
    const previous: Record<string, unknown> = { id: input.id }
    for (const key of Object.keys(changes)) previous[key] = before[key]
    const producer = await service.updateProducers({ id: input.id, ...changes })
    return new StepResponse(producer, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    // The stored values of the fields changed, read by key: a Record, not the model's update type.
    await producerService(container).updateProducers(previous as never)
  }
)
