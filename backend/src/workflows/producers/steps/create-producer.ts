import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PreparedProducer } from "../producer-rules"
import { producerService } from "../utils/producer-service"

/** Creates the producer; compensation deletes it. */
export const createProducerStep = createStep(
  "producer-create",
  async (data: PreparedProducer, { container }) => {
    const producer = await producerService(container).createProducers(data)
    return new StepResponse(producer, producer.id)
  },
  async (id, { container }) => {
    if (!id) return
    await producerService(container).deleteProducers(id)
  }
)
