import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setProducerProductPhotosWorkflow } from "../../../../../../workflows/producer-portal/set-product-photos"
import { producerPhotosOf } from "../../../../lib/products"
import { producerScope } from "../../../../lib/scope"
import type { ProducerPhotoAltType } from "../validators"

/** POST /producer/products/:id/photos/:photo_id { alt_vi?, alt_en? } → { photos }; 404 unless own product and photo. */
export async function POST(req: AuthenticatedMedusaRequest<ProducerPhotoAltType>, res: MedusaResponse) {
  const scope = producerScope(req)
  const { alt_vi, alt_en } = req.validatedBody
  await setProducerProductPhotosWorkflow(req.scope).run({
    input: { producer_id: scope.producer_id, product_id: req.params.id!, change: { kind: "alt", id: req.params.photo_id!, alt_vi, alt_en } },
  })
  res.json({ photos: await producerPhotosOf(req.scope, scope.producer_id, req.params.id!) })
}

/** DELETE /producer/products/:id/photos/:photo_id → { id, object: "product_photo", deleted: true, photos }; 404 unless own. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = producerScope(req)
  await setProducerProductPhotosWorkflow(req.scope).run({
    input: { producer_id: scope.producer_id, product_id: req.params.id!, change: { kind: "delete", id: req.params.photo_id! } },
  })
  const photos = await producerPhotosOf(req.scope, scope.producer_id, req.params.id!)
  res.json({ id: req.params.photo_id, object: "product_photo", deleted: true, photos })
}
