import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import { prepareProducerFulfilmentStep, type FulfilProducerItemsInput } from "./steps"

export type { FulfilProducerItemsInput }

/**
 * A producer fulfils its items of an order from its own stock location and marks them shipped
 * with the carrier and tracking number: Medusa's createOrderFulfillmentWorkflow, then
 * createOrderShipmentWorkflow with the label. All or nothing. Returns { fulfillment_id }.
 */
export const fulfilProducerItemsWorkflow = createWorkflow("producer-portal-fulfil-items", (input: FulfilProducerItemsInput) => {
  const prepared = prepareProducerFulfilmentStep(input)
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
    input: transform({ prepared }, ({ prepared }) => ({
      order_id: prepared.order_id,
      items: prepared.items,
      location_id: prepared.location_id,
      created_by: prepared.created_by ?? undefined,
      metadata: prepared.metadata,
    })),
  })
  createOrderShipmentWorkflow.runAsStep({
    input: transform({ prepared, fulfillment }, ({ prepared, fulfillment }) => ({
      order_id: prepared.order_id,
      fulfillment_id: fulfillment.id,
      items: prepared.items,
      labels: prepared.labels,
      created_by: prepared.created_by ?? undefined,
    })),
  })
  return new WorkflowResponse(transform({ fulfillment }, ({ fulfillment }) => ({ fulfillment_id: fulfillment.id })))
})

