import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { partnerScope } from "../lib/scope"
import { partnerView } from "../lib/views"

/** GET /partner/me → { partner: { id, display_name, legal_name, kind, status, status_reason, referral_code, commission_rate, contact… } } (any status) */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ partner: await partnerView(req.scope, partnerScope(req).partner_id) })
}
