import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { partnerScope } from "../../lib/partner/scope"
import { partnerOrders } from "../../lib/partner/stats"
import type { PartnerListOrdersType } from "../../lib/partner/validators"

/**
 * GET /partner/orders?limit&offset → { orders: [{ id, display_id, created_at, status, total, item_total,
 * commission, commission_rate, commission_status }], count, limit, offset } — no customer data.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, PartnerListOrdersType>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  res.json(await partnerOrders(req.scope, partnerScope(req).partner_id, limit, offset))
}
