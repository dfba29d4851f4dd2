import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminListPartnersType } from "../../partner/validators"
import { OWN_PARTNER_FIELDS, service } from "../../partner/lib/views"

/** GET /admin/partners?status=&q=&limit=&offset= → { partners, count, limit, offset } (applications first when pending) */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListPartnersType>, res: MedusaResponse) {
  const { status, q, limit, offset } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (q) {
    const like = `%${q}%`
    filters.$or = [{ display_name: { $ilike: like } }, { legal_name: { $ilike: like } }, { referral_code: { $ilike: like } }]
  }
  const [partners, count] = await service(req.scope).listAndCountPartners(filters, {
    select: [...OWN_PARTNER_FIELDS],
    order: { created_at: "DESC" },
    skip: offset,
    take: limit,
  })
  res.json({ partners, count, limit, offset })
}
