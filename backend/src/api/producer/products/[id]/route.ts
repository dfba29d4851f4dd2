import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkProductUpdate } from "../../../../workflows/producer-portal/product-rules"
import { updateProducerProductWorkflow } from "../../../../workflows/producer-portal/update-producer-product"
import { sendProblems } from "../../lib/http"
import { producerProduct } from "../../lib/products"
import { producerScope } from "../../lib/scope"
import type { ProducerUpdateProductType } from "../../validators"

/** GET /producer/products/:id → { product } with variants (price, stock), certificate and open certificate requests; 404 unless own. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = producerScope(req)
  res.json({ product: await producerProduct(req.scope, scope.producer_id, scope.stock_location_id, req.params.id!) })
}

/**
 * POST /producer/products/:id { title?, subtitle?, description?, group?, status?, thumbnail?,
 * variants?: [{ id, sku?, price? }] } → { product }. 404 unless own (also for a variant of
 * another product); 403 publishing while pending or suspended; publishing un-archives.
 */
export async function POST(req: AuthenticatedMedusaRequest<ProducerUpdateProductType>, res: MedusaResponse) {
  const scope = producerScope(req)
  const problems = checkProductUpdate(req.validatedBody)
  if (problems.length) return sendProblems(res, problems)
  await updateProducerProductWorkflow(req.scope).run({
    input: { producer_id: scope.producer_id, product_id: req.params.id!, update: req.validatedBody },
  })
  res.json({ product: await producerProduct(req.scope, scope.producer_id, scope.stock_location_id, req.params.id!) })
}

/** DELETE /producer/products/:id → { id, object: "product", archived: true, product }: unpublished and archived (orders keep it). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = producerScope(req)
  await updateProducerProductWorkflow(req.scope).run({
    input: { producer_id: scope.producer_id, product_id: req.params.id!, update: {}, archive: true },
  })
  const product = await producerProduct(req.scope, scope.producer_id, scope.stock_location_id, req.params.id!)
  res.json({ id: product.id, object: "product", archived: true, product })
}
