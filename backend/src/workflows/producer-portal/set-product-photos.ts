import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { preparePhotoChangeStep, type SetProductPhotosInput } from "./steps"

export type { SetProductPhotosInput }

/**
 * Sets one of the producer's products' photos: Medusa product images, whose rank is their order,
 * and the thumbnail (cards, cart, search) from the first. Alt texts live in each image's metadata
 * (alt_vi, alt_en) next to its WebP sizes: the Translation Module translates fields of a model, and a
 * product image has no alt field to translate, so metadata keeps a photo's texts with the photo.
 * Deleted photos' files stay in the file store: orders keep the thumbnail URL they were placed with.
 */
export const setProducerProductPhotosWorkflow = createWorkflow(
  "producer-portal-set-product-photos",
  (input: SetProductPhotosInput) => {
    const prepared = preparePhotoChangeStep(input)
    updateProductsWorkflow.runAsStep({
      input: transform({ prepared, input }, ({ prepared, input }) => ({
        products: [{ id: input.product_id, images: prepared.images, thumbnail: prepared.thumbnail }],
      })),
    })
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.product_id })))
  }
)
