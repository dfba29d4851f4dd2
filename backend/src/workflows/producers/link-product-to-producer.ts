import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { prepareProductProducerStep, relinkProductProducerStep } from "./steps"
import { syncProductsOnSaleWorkflow } from "../ocop/sync-products-on-sale"

export type LinkProductToProducerInput = {
  product_id: string
  /** The product's producer from now on; null removes the link. */
  producer_id: string | null
}

export const PRODUCT_PRODUCER_CHANGED = "producer.product_linked"

/**
 * Makes a producer the product's producer (a product has one), replacing any previous one.
 * Returns { product_id, producer_id, previous_producer_id }. Emits `producer.product_linked`
 * with the same data when something changed.
 */
export const linkProductToProducerWorkflow = createWorkflow(
  "producer-link-product",
  (input: LinkProductToProducerInput) => {
    const prepared = prepareProductProducerStep(input)
    const linked = relinkProductProducerStep(prepared)
    // Another producer's status may decide whether the product is on sale.
    syncProductsOnSaleWorkflow.runAsStep({
      input: transform({ input, linked }, ({ input }) => ({ product_ids: [input.product_id] })),
    })
    emitEventStep({
      eventName: PRODUCT_PRODUCER_CHANGED,
      data: transform({ linked }, ({ linked }) =>
        linked && linked.producer_id !== linked.previous_producer_id ? [linked] : []
      ),
    })
    return new WorkflowResponse(transform({ linked }, ({ linked }) => linked!))
  }
)
