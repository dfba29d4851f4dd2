import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEDGER_MODULE, type LedgerModuleService } from "../../../modules/ledger"
import { producerScope } from "../lib/scope"

/**
 * GET /producer/balance → { currency_code: "vnd", pending, payable, paid, withheld } of the signed-in
 * member's producer, from the ledger (docs/architecture.md, Balances). Whole đồng.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ledger = req.scope.resolve<LedgerModuleService>(LEDGER_MODULE)
  res.json(await ledger.balanceOf("producer", producerScope(req).producer_id))
}
