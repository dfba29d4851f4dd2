import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import type { ProducerProductUpdate } from "./product-rules"
import { prepareProducerProductUpdateStep } from "./steps"
import { setProductEnglishWorkflow } from "../translations/set-product-english"

export type UpdateProducerProductInput = {
  producer_id: string
  product_id: string
  update: ProducerProductUpdate
  /** Unpublish and mark archived (DELETE /producer/products/:id). */
  archive?: boolean
}

/**
 * Edits one of the producer's own products (404 for any other), its English texts included, or archives it. Publishing needs
 * an active producer. Variant prices are whole đồng. Uses Medusa's product and variant workflows.
 */
export const updateProducerProductWorkflow = createWorkflow(
  "producer-portal-update-product",
  (input: UpdateProducerProductInput) => {
    const prepared = prepareProducerProductUpdateStep(input)
    when({ prepared }, ({ prepared }) => !!prepared.product).then(() => {
      updateProductsWorkflow.runAsStep({
        input: transform({ prepared }, ({ prepared }) => ({
          products: [{ id: prepared.product_id, ...(prepared.product as Record<string, unknown>) }],
        })),
      })
    })
    when({ prepared }, ({ prepared }) => prepared.variants.length > 0).then(() => {
      updateProductVariantsWorkflow.runAsStep({
        input: transform({ prepared }, ({ prepared }) => ({ product_variants: prepared.variants })),
      })
    })
    // After the ownership check above: English only for the producer's own product.
    setProductEnglishWorkflow.runAsStep({
      input: transform({ prepared, input }, ({ prepared, input }) => {
        const { title_en, subtitle_en, description_en } = input.update
        return { products: [{ product_id: prepared.product_id, english: { title_en, subtitle_en, description_en } }] }
      }),
    })
    return new WorkflowResponse(transform({ prepared }, ({ prepared }) => ({ id: prepared.product_id })))
  }
)
