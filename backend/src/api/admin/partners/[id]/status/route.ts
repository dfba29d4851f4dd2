import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updatePartnerStatusWorkflow } from "../../../../../workflows/partners/update-partner-status"
import type { AdminPartnerStatusType } from "../../../../partner/validators"
import { partnerView } from "../../../../partner/lib/views"

/**
 * POST /admin/partners/:id/status { status: active|rejected|suspended, reason } → { partner }.
 * Approval assigns the referral code (from the name, unique) the first time; a reason is required otherwise.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminPartnerStatusType>, res: MedusaResponse) {
  await updatePartnerStatusWorkflow(req.scope).run({ input: { id: req.params.id!, ...req.validatedBody } })
  res.json({ partner: await partnerView(req.scope, req.params.id!) })
}
