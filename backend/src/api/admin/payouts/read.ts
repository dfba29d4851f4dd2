import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { LEDGER_MODULE, type LedgerModuleService } from "../../../modules/ledger"

/** A payout batch with its lines and total, as the admin routes answer it. */
export async function payoutBatch(scope: MedusaContainer, id: string) {
  const [batch] = await scope.resolve<LedgerModuleService>(LEDGER_MODULE).listPayoutBatches({ id }, { relations: ["lines"] })
  if (!batch) throw new MedusaError(MedusaError.Types.NOT_FOUND, `payout batch ${id} was not found`)
  const lines = (batch.lines ?? []).map((l) => ({
    account_type: l.account_type,
    account_id: l.account_id,
    amount: Number(l.amount),
    bank_bin: l.bank_bin,
    account_number: l.account_number,
    account_name: l.account_name,
    content: l.content,
  }))
  return {
    id: batch.id,
    period: batch.period,
    cutoff_at: batch.cutoff_at,
    status: batch.status,
    bank_reference: batch.bank_reference,
    paid_at: batch.paid_at,
    currency_code: "vnd",
    total: lines.reduce((s, l) => s + l.amount, 0),
    lines,
  }
}
