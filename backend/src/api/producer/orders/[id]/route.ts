import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerOrder } from "../../lib/orders"
import { producerScope } from "../../lib/scope"

/** GET /producer/orders/:id → { order } as in the list; 404 unless the order holds the producer's items. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ order: await producerOrder(req.scope, producerScope(req).producer_id, req.params.id!) })
}
