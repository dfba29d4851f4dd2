import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { CreateProducerInput } from "./producer-rules"
import { createProducerStep, linkProducerStockLocationsStep, prepareNewProducerStep } from "./steps"

export type { CreateProducerInput }
export const PRODUCER_CREATED = "producer.created"

/**
 * Creates a producer (status "pending" unless given), optionally linked to the stock locations it
 * ships from. Validates first: names, kind (guessed from the legal name when missing), handle
 * (default slugify(display_name), unique), commune code, email, website, commission 0–1.
 * Emits `producer.created` { id }.
 */
export const createProducerWorkflow = createWorkflow("producer-create", (input: CreateProducerInput) => {
  const prepared = prepareNewProducerStep(input)
  const producer = createProducerStep(transform({ prepared }, ({ prepared }) => prepared.data))
  linkProducerStockLocationsStep(
    transform({ prepared, producer }, ({ prepared, producer }) => ({
      producer_id: producer.id,
      stock_location_ids: prepared.stock_location_ids,
    }))
  )
  emitEventStep({ eventName: PRODUCER_CREATED, data: transform({ producer }, ({ producer }) => ({ id: producer.id })) })
  return new WorkflowResponse(producer)
})
