import { z } from "@medusajs/framework/zod"
import { PRODUCT_PHOTO_MAX } from "@ocop/core/dist/server"

// Shapes only; which ids are the product's own is checked by the photo rules (@ocop/core product-photos).

const alt = z.string().max(300, "at most 300 characters").nullish()

/** POST /producer/products/:id/photos/order: every photo id of the product once, first shown first. */
export const ProducerOrderPhotos = z.object({ ids: z.array(z.string().min(1).max(64)).min(1).max(PRODUCT_PHOTO_MAX) }).strict()
export type ProducerOrderPhotosType = z.infer<typeof ProducerOrderPhotos>

/** POST /producer/products/:id/photos/:photo_id: alt texts (blank clears one; a missing key keeps it). */
export const ProducerPhotoAlt = z.object({ alt_vi: alt, alt_en: alt }).strict()
export type ProducerPhotoAltType = z.infer<typeof ProducerPhotoAlt>
