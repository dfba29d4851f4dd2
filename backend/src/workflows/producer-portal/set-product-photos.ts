import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { nextPhotos, photoThumbnail, type ProductPhoto, type ProductPhotoChange } from "@ocop/core/dist/server"
import { ownProductOrThrow } from "./utils/producer-access"

export type SetProductPhotosInput = { producer_id: string; product_id: string; change: ProductPhotoChange }

/** The product's photos (Medusa images) in rank order, as the photo rules take them. */
export async function ownProductPhotos(container: { resolve: (key: string) => any }, producerId: string, productId: string) {
  const product = await ownProductOrThrow(container, producerId, productId, [
    "thumbnail", "images.id", "images.url", "images.rank", "images.metadata",
  ])
  const images = ((product.images ?? []) as Array<{ id: string; url: string; rank: number; metadata: Record<string, unknown> | null } | null>)
    .filter((i): i is NonNullable<typeof i> => !!i)
    .sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id))
    .map(({ id, url, metadata }): ProductPhoto => ({ id, url, metadata }))
  return { product, photos: images }
}

/**
 * Checks a change of the producer's own product's photos (404 for another producer's product or an
 * unknown photo, 400 for a 9th photo or an order that is not every photo once) and gives the new list.
 */
export const preparePhotoChangeStep = createStep(
  "producer-portal-prepare-photo-change",
  async (input: SetProductPhotosInput, { container }) => {
    const { product, photos } = await ownProductPhotos(container, input.producer_id, input.product_id)
    // A product that has only a thumbnail (no image) keeps it as its first photo when photos are added.
    const current = !photos.length && product.thumbnail && input.change.kind === "add" ? [{ url: product.thumbnail as string }] : photos
    const next = nextPhotos(current, input.change)
    if ("refusal" in next) {
      const { status, field, message } = next.refusal
      throw new MedusaError(status === "not_found" ? MedusaError.Types.NOT_FOUND : MedusaError.Types.INVALID_DATA, `${field}: ${message}`)
    }
    return new StepResponse({ images: next.photos, thumbnail: photoThumbnail(next.photos) })
  }
)

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
      })) as never,
    })
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.product_id })))
  }
)
