import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { nextPhotos, photoThumbnail, type ProductPhotoChange } from "@ocop/core/dist/server"
import { ownProductPhotos } from "../utils/product-photos"

export type SetProductPhotosInput = { producer_id: string; product_id: string; change: ProductPhotoChange }

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
