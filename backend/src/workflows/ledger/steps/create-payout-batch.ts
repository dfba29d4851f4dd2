import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { periodEnd, periodStart } from "@ocop/core/dist/server"
import { LEDGER_MODULE, type LedgerModuleService } from "../../../modules/ledger"

export type PayoutBatchResult = {
  batch_id: string
  created: boolean
  /** Payees with money payable but no bank account: left out until they give one. */
  missing_bank_account: Array<{ account_type: string; account_id: string; amount: number }>
}

/**
 * The payout batch of a period: the existing one when there is one (creating twice creates
 * nothing twice), else a new one listing every producer's and partner's payable amount at the
 * period's end. Refused while another batch is still unpaid, which would pay the same money twice.
 */
export const createPayoutBatchStep = createStep(
  "ledger-create-payout-batch",
  async (input: { period: string }, { container }) => {
    const end = periodEnd(input.period)
    if (!end) throw new MedusaError(MedusaError.Types.INVALID_DATA, `period must be a month written YYYY-MM; got "${input.period}"`)
    const now = new Date()
    const start = periodStart(input.period)!
    if (start.getTime() > now.getTime()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `the period ${input.period} has not begun yet`)
    }
    const cutoff = end.getTime() < now.getTime() ? end : now
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    const [existing] = await ledger.listPayoutBatches({ period: input.period })
    if (existing) return new StepResponse<PayoutBatchResult, string | null>({ batch_id: existing.id, created: false, missing_bank_account: [] }, null)
    const [open] = await ledger.listPayoutBatches({ status: "open" })
    if (open) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `the payout batch of ${open.period} is not paid yet: pay it before creating another`)
    }

    const payable = await ledger.payableAccounts(cutoff)
    const accounts = payable.length
      ? await ledger.listPayeeAccounts({ account_id: payable.map((p) => p.account_id) }, { take: null })
      : []
    const bankOf = new Map(accounts.map((a) => [`${a.account_type}:${a.account_id}`, a]))
    const missing = payable.filter((p) => !bankOf.has(`${p.account_type}:${p.account_id}`))
    const batch = await ledger.createPayoutBatches({ period: input.period, cutoff_at: cutoff, status: "open" })
    const lines = payable
      .filter((p) => bankOf.has(`${p.account_type}:${p.account_id}`))
      .map((p) => {
        const bank = bankOf.get(`${p.account_type}:${p.account_id}`)!
        return {
          batch_id: batch.id,
          account_type: p.account_type,
          account_id: p.account_id,
          amount: p.amount,
          bank_bin: bank.bank_bin,
          account_number: bank.account_number,
          account_name: bank.account_name,
          // Banks carry plain ASCII contents best: "OCOP 2026-11 pdcr_…".
          content: `OCOP ${input.period} ${p.account_id}`,
        }
      })
    if (lines.length) await ledger.createPayoutLines(lines)
    return new StepResponse<PayoutBatchResult, string | null>({ batch_id: batch.id, created: true, missing_bank_account: missing }, batch.id)
  },
  async (batchId, { container }) => {
    if (batchId) await container.resolve<LedgerModuleService>(LEDGER_MODULE).deletePayoutBatches(batchId)
  }
)
