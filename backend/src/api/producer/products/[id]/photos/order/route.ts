import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setProducerProductPhotosWorkflow } from "../../../../../../workflows/producer-portal/set-product-photos"
import { producerPhotosOf } from "../../../../lib/products"
import { producerScope } from "../../../../lib/scope"
import type { ProducerOrderPhotosType } from "../validators"

/**
 * POST /producer/products/:id/photos/order { ids } → { photos } in that order (the first is the
 * product's thumbnail). 404 unless own; 400 unless `ids` is every photo of the product once.
 */
export async function POST(req: AuthenticatedMedusaRequest<ProducerOrderPhotosType>, res: MedusaResponse) {
  const scope = producerScope(req)
  await setProducerProductPhotosWorkflow(req.scope).run({
    input: { producer_id: scope.producer_id, product_id: req.params.id!, change: { kind: "order", ids: req.validatedBody.ids } },
  })
  res.json({ photos: await producerPhotosOf(req.scope, scope.producer_id, req.params.id!) })
}
