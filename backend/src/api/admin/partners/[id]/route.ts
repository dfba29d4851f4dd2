import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { updatePartnerWorkflow } from "../../../../workflows/partners/update-partner"
import type { AdminUpdatePartnerType } from "../../../partner/validators"
import { partnerView } from "../../../partner/lib/views"

async function viewOrThrow(req: AuthenticatedMedusaRequest, id: string) {
  const partner = await partnerView(req.scope, id)
  if (!partner) throw new MedusaError(MedusaError.Types.NOT_FOUND, `partner ${id} was not found`)
  return partner
}

/** GET /admin/partners/:id → { partner } */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ partner: await viewOrThrow(req, req.params.id!) })
}

/** POST /admin/partners/:id { commission_rate: 0–1 } → { partner }; orders already placed keep their rate. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdatePartnerType>, res: MedusaResponse) {
  await viewOrThrow(req, req.params.id!)
  await updatePartnerWorkflow(req.scope).run({ input: { id: req.params.id!, commission_rate: req.validatedBody.commission_rate } })
  res.json({ partner: await viewOrThrow(req, req.params.id!) })
}
