import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createProducerProductsWorkflow } from "../../../workflows/producer-portal/create-producer-products"
import { checkNewProduct } from "../../../workflows/producer-portal/product-rules"
import { sendProblems } from "../lib/http"
import { producerProduct, producerProducts } from "../lib/products"
import { producerScope } from "../lib/scope"
import type { ProducerCreateProductType, ProducerListProductsType } from "../validators"

/** GET /producer/products?q=&status=draft|published&archived=true|false&limit=&offset= → { products, count, limit, offset } (own products only) */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ProducerListProductsType>, res: MedusaResponse) {
  const scope = producerScope(req)
  const { limit, offset } = req.validatedQuery
  const { products, count } = await producerProducts(req.scope, scope.producer_id, scope.stock_location_id, req.validatedQuery)
  res.json({ products, count, limit, offset })
}

/**
 * POST /producer/products { title, subtitle?, description?, handle?, group?, status?, thumbnail?,
 * variants: [{ title?, sku?, price (whole đồng), stock? }] } → 200 { product }.
 * 400 { message, errors: [{ field, message }] } for e.g. a negative or decimal price;
 * 403 when a pending or suspended producer asks to publish (it gets drafts).
 */
export async function POST(req: AuthenticatedMedusaRequest<ProducerCreateProductType>, res: MedusaResponse) {
  const scope = producerScope(req)
  const problems = checkNewProduct(req.validatedBody)
  if (problems.length) return sendProblems(res, problems)
  const { result } = await createProducerProductsWorkflow(req.scope).run({
    input: { producer_id: scope.producer_id, member_id: scope.member_id, products: [req.validatedBody] },
  })
  res.json({ product: await producerProduct(req.scope, scope.producer_id, scope.stock_location_id, result[0]!) })
}
