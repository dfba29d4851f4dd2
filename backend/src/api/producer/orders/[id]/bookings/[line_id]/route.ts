import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { serveBookingWorkflow } from "../../../../../../workflows/experiences/serve-booking"
import { producerOrder } from "../../../../lib/orders"
import { producerScope } from "../../../../lib/scope"
import type { ProducerServeBookingType } from "../../../../validators"

/**
 * POST /producer/orders/:id/bookings/:line_id { action: "confirm" | "visited" | "no_show" | "cancel",
 * reason? } → 200 { order }: the booking holding that line (every line of the same experience,
 * date and slot) moves on. 400 naming why for a step that does not follow (visited before the
 * day, cancel without a reason, a closed booking, a line of goods); 404 for another producer's.
 */
export async function POST(req: AuthenticatedMedusaRequest<ProducerServeBookingType>, res: MedusaResponse) {
  const scope = producerScope(req)
  await serveBookingWorkflow(req.scope).run({
    input: { producer_id: scope.producer_id, member_id: scope.member_id, order_id: req.params.id!, line_id: req.params.line_id!, ...req.validatedBody },
  })
  res.json({ order: await producerOrder(req.scope, scope.producer_id, req.params.id!) })
}
