import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { reviewsOf } from "../../../reviews/public"

/**
 * GET /store/producers/:handle/reviews → { count, average, distribution }: buyers' ratings over all
 * of an active producer's products (hidden reviews count nowhere), for its public page. 404 for an
 * unknown or inactive producer.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: ["id"], filters: { handle: req.params.handle!, status: "active" } })
  const producer = data[0] as { id: string } | undefined
  if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${req.params.handle} was not found`)
  res.json(await reviewsOf(req.scope).summarizeProducer(producer.id))
}
