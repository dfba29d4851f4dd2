import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { guestDeliveries } from "../lib/guest-delivery"
import { partnerScope } from "../lib/scope"
import type { PartnerListOrdersType } from "../validators"

/**
 * GET /partner/guest-deliveries?limit&offset → { deliveries: [{ order_id, display_id, created_at, guest_name,
 * room, shipping, parcels: [{ producer_name, producer_handle, weight_g }], status }], count, limit, offset }:
 * orders addressed to the calling partner for its guests, and only those.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, PartnerListOrdersType>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  res.json(await guestDeliveries(req.scope, partnerScope(req).partner_id, limit, offset))
}
