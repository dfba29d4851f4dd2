import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { partnerScope } from "../lib/scope"
import { askedMonths, partnerStats } from "../lib/stats"
import type { PartnerStatsQueryType } from "../validators"

/**
 * GET /partner/stats?from=YYYY-MM&to=YYYY-MM (default: the last 12 months, Vietnam time) →
 * { currency_code: "vnd", months: [{ month, clicks, orders, revenue, commission, commission_earned, commission_pending }], totals }
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, PartnerStatsQueryType>, res: MedusaResponse) {
  const range = askedMonths(req.validatedQuery.from, req.validatedQuery.to)
  if ("error" in range) throw new MedusaError(MedusaError.Types.INVALID_DATA, range.error)
  res.json(await partnerStats(req.scope, partnerScope(req).partner_id, range.months))
}
