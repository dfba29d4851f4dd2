import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { partnerScope } from "../lib/scope"
import { partnerOrders } from "../lib/stats"
import type { PartnerListOrdersType } from "../validators"

/**
 * GET /partner/orders?limit&offset → { orders: [{ id, display_id, created_at, status, total, item_total,
 * commission, commission_rate, commission_status }], count, limit, offset } — no customer data.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, PartnerListOrdersType>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  res.json(await partnerOrders(req.scope, partnerScope(req).partner_id, limit, offset))
}
