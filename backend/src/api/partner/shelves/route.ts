import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createShelfWorkflow } from "../../../workflows/partners/create-shelf"
import { partnerScope } from "../lib/scope"
import type { PartnerCreateShelfType } from "../validators"
import { partnerView, service, shelfViews } from "../lib/views"

/** GET /partner/shelves → { shelves: [{ id, title, note, product_ids, products, links: { page, embed, products } }] } */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { partner_id } = partnerScope(req)
  const shelves = await service(req.scope).listShowcases({ partner_id }, { order: { created_at: "ASC" }, take: 1000 })
  const partner = await partnerView(req.scope, partner_id)
  res.json({ shelves: await shelfViews(req.scope, shelves, partner?.referral_code ?? null) })
}

/** POST /partner/shelves { title: { vi, en? }, note?: { vi?, en? }, product_ids } → 201 { shelf } */
export async function POST(req: AuthenticatedMedusaRequest<PartnerCreateShelfType>, res: MedusaResponse) {
  const { partner_id } = partnerScope(req)
  const { result } = await createShelfWorkflow(req.scope).run({ input: { partner_id, shelf: req.validatedBody } })
  const partner = await partnerView(req.scope, partner_id)
  const [shelf] = await shelfViews(req.scope, [result], partner?.referral_code ?? null)
  res.status(201).json({ shelf })
}
