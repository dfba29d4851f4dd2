import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptingPartners } from "../../partner/lib/guest-delivery"

/**
 * GET /store/guest-delivery-partners → { partners: [{ id, display_name, kind, address: { address_1, city,
 * province, province_code, commune_code } }] }: the hotels and cruises that accept deliveries for their guests.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ partners: await acceptingPartners(req.scope) })
}
