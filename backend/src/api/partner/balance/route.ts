import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEDGER_MODULE, type LedgerModuleService } from "../../../modules/ledger"
import { partnerScope } from "../lib/scope"

/**
 * GET /partner/balance → { currency_code: "vnd", pending, payable, paid, withheld } of the signed-in
 * partner's commission, from the ledger (docs/architecture.md, Balances). Whole đồng.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ledger = req.scope.resolve<LedgerModuleService>(LEDGER_MODULE)
  res.json(await ledger.balanceOf("partner", partnerScope(req).partner_id))
}
