import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { applyAsPartnerWorkflow } from "../../../workflows/partners/apply-as-partner"
import type { PartnerApplicationBodyType } from "../validators"
import { partnerView } from "../lib/views"

/**
 * POST /partner/applications — with the token of POST /auth/partner/emailpass/register.
 * { display_name, legal_name, kind, contact_name, email, phone, website? } → 201 { partner } (status "pending").
 * Then sign in again (POST /auth/partner/emailpass) for a token that reaches /partner/*.
 */
export async function POST(req: AuthenticatedMedusaRequest<PartnerApplicationBodyType>, res: MedusaResponse) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Request already authenticated as a partner member.")
  }
  const { result } = await applyAsPartnerWorkflow(req.scope).run({
    input: { auth_identity_id: req.auth_context.auth_identity_id, application: req.validatedBody },
  })
  res.status(201).json({ partner: await partnerView(req.scope, result.partner.id) })
}
