import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setProducerStockWorkflow } from "../../../workflows/producer-portal/set-producer-stock"
import { checkStock } from "../../../workflows/producer-portal/product-rules"
import { sendProblems } from "../lib/http"
import { producerStock } from "../lib/products"
import { producerScope } from "../lib/scope"
import type { ProducerSetStockType } from "../validators"

/**
 * GET /producer/stock → { stock_location: { id, name }, items: [{ product_id, product_title,
 * product_status, archived, variant_id, variant_title, sku, inventory_item_id, stocked_quantity,
 * reserved_quantity, available_quantity }] } at the producer's own stock location.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = producerScope(req)
  res.json(await producerStock(req.scope, scope.producer_id, scope.stock_location_id))
}

/**
 * POST /producer/stock { levels: [{ variant_id, stocked_quantity }] } → the same shape for those
 * variants. 400 for a quantity below zero or not whole; 404 for a variant that is not the producer's.
 */
export async function POST(req: AuthenticatedMedusaRequest<ProducerSetStockType>, res: MedusaResponse) {
  const scope = producerScope(req)
  const problems = req.validatedBody.levels
    .map((l, i) => checkStock(l.stocked_quantity, `levels.${i}.stocked_quantity`))
    .filter((p): p is NonNullable<typeof p> => !!p)
  if (problems.length) return sendProblems(res, problems)
  const { result } = await setProducerStockWorkflow(req.scope).run({
    input: { producer_id: scope.producer_id, levels: req.validatedBody.levels },
  })
  res.json(await producerStock(req.scope, scope.producer_id, result.location_id, result.variant_ids))
}
