import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkPhotoRoom } from "@ocop/core/dist/server"
import { setProducerProductPhotosWorkflow } from "../../../../../workflows/producer-portal/set-product-photos"
import { ownProductPhotos } from "../../../../../workflows/producer-portal/utils/product-photos"
import { sendProblems } from "../../../lib/http"
import { producerPhotosOf } from "../../../lib/products"
import { producerScope } from "../../../lib/scope"
import { storePhotoFiles, UnreadableImage, webpSizes } from "./product-photos"
import { checkedImages } from "../../../uploads/save-images"
import { clientFileName } from "../../../uploads/image-kind"
import type { ReceivedFile } from "../../../uploads/receive-images"

/** GET /producer/products/:id/photos → { photos: [{ id, url, thumb_url, card_url, alt_vi, alt_en }] } in order; 404 unless own. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ photos: await producerPhotosOf(req.scope, producerScope(req).producer_id, req.params.id!) })
}

/**
 * POST /producer/products/:id/photos (multipart, field "files": JPEG, PNG or WebP of at most 5 MB,
 * told by their bytes) → 200 { photos }: each resized into WebP at the storefront's widths
 * (PRODUCT_PHOTO_WIDTHS), stored through Medusa's file module and added after the product's photos.
 * 404 unless own; 400 past 8 photos, for another format or an unreadable image, and then nothing is stored.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = producerScope(req)
  const { photos } = await ownProductPhotos(req.scope, scope.producer_id, req.params.id!)
  const images = checkedImages(res, (req as unknown as { files?: ReceivedFile[] }).files ?? [])
  if (!images) return
  const refusal = checkPhotoRoom(photos.length, images.length)
  if (refusal) return sendProblems(res, [{ field: refusal.field, message: refusal.message }])
  const resized = []
  for (const [i, { file }] of images.entries()) {
    try {
      resized.push({ originalname: file.originalname, sizes: await webpSizes(file.buffer) })
    } catch (error) {
      if (!(error instanceof UnreadableImage)) throw error
      return sendProblems(res, [{ field: `files.${i}`, message: `${clientFileName(file.originalname)} could not be read as an image` }])
    }
  }
  const added = await storePhotoFiles(req.scope, resized)
  await setProducerProductPhotosWorkflow(req.scope).run({
    input: { producer_id: scope.producer_id, product_id: req.params.id!, change: { kind: "add", photos: added } },
  })
  res.json({ photos: await producerPhotosOf(req.scope, scope.producer_id, req.params.id!) })
}
