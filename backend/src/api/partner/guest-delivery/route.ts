import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setGuestDeliveryWorkflow } from "../../../workflows/partners"
import { checkedGuestDelivery, guestDeliveryOf } from "../lib/guest-delivery"
import { partnerScope } from "../lib/scope"
import { partnerView } from "../lib/views"
import type { PartnerGuestDeliveryType } from "../validators"

/** GET /partner/guest-delivery → { guest_delivery: { address_1, province, city, province_code, commune_code, phone } | null } */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const partner = await partnerView(req.scope, partnerScope(req).partner_id)
  res.json({ guest_delivery: partner ? guestDeliveryOf(partner) : null })
}

/**
 * POST /partner/guest-delivery { accepts, address_1?, province_code?, commune_code? (or province, city), phone? }
 * → { guest_delivery }: accepting needs the address, checked like every address (400 naming the field).
 */
export async function POST(req: AuthenticatedMedusaRequest<PartnerGuestDeliveryType>, res: MedusaResponse) {
  const { partner_id } = partnerScope(req)
  const partner = await partnerView(req.scope, partner_id)
  const guest_delivery = checkedGuestDelivery(req.validatedBody, partner?.phone ?? "")
  await setGuestDeliveryWorkflow(req.scope).run({ input: { partner_id, guest_delivery } })
  res.json({ guest_delivery })
}
