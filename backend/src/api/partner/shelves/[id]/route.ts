import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ShelfRecord } from "../../../../modules/partner"
import { deleteShelfWorkflow } from "../../../../workflows/partners/delete-shelf"
import { updateShelfWorkflow } from "../../../../workflows/partners/update-shelf"
import { ownShelfOrThrow } from "../../../../workflows/partners/utils/shelves"
import { partnerScope } from "../../lib/scope"
import type { PartnerUpdateShelfType } from "../../validators"
import { partnerView, shelfViews } from "../../lib/views"

async function respond(req: AuthenticatedMedusaRequest, res: MedusaResponse, shelf: ShelfRecord) {
  const partner = await partnerView(req.scope, partnerScope(req).partner_id)
  const [view] = await shelfViews(req.scope, [shelf], partner?.referral_code ?? null)
  res.json({ shelf: view })
}

/** GET /partner/shelves/:id → { shelf } (404 unless the partner's own) */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await respond(req, res, await ownShelfOrThrow(req.scope, partnerScope(req).partner_id, req.params.id!))
}

/** POST /partner/shelves/:id { title?, note?, product_ids? } → { shelf } */
export async function POST(req: AuthenticatedMedusaRequest<PartnerUpdateShelfType>, res: MedusaResponse) {
  const { partner_id } = partnerScope(req)
  const { result } = await updateShelfWorkflow(req.scope).run({ input: { partner_id, id: req.params.id!, shelf: req.validatedBody } })
  await respond(req, res, result)
}

/** DELETE /partner/shelves/:id → { id, object: "shelf", deleted: true } */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { partner_id } = partnerScope(req)
  await deleteShelfWorkflow(req.scope).run({ input: { partner_id, id: req.params.id! } })
  res.json({ id: req.params.id, object: "shelf", deleted: true })
}
