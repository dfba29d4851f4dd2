import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fulfilProducerItemsWorkflow } from "../../../../../workflows/producer-portal/fulfil-producer-items"
import { producerOrder } from "../../../lib/orders"
import { producerScope } from "../../../lib/scope"
import type { ProducerCreateFulfillmentType } from "../../../validators"

/**
 * POST /producer/orders/:id/fulfillments { items?: [{ id, quantity }], carrier, tracking_number,
 * tracking_url? } → 200 { fulfillment_id, order }: the producer's items (default: all not yet
 * fulfilled) fulfilled from its own stock location and marked shipped with the tracking label.
 * 404 for an order without the producer's items or an item of another producer.
 */
export async function POST(req: AuthenticatedMedusaRequest<ProducerCreateFulfillmentType>, res: MedusaResponse) {
  const scope = producerScope(req)
  const { result } = await fulfilProducerItemsWorkflow(req.scope).run({
    input: { producer_id: scope.producer_id, member_id: scope.member_id, order_id: req.params.id!, ...req.validatedBody },
  })
  res.json({ fulfillment_id: result.fulfillment_id, order: await producerOrder(req.scope, scope.producer_id, req.params.id!) })
}
