import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE, type LedgerModuleService } from "../../../modules/ledger"

/**
 * Marks a batch paid with the bank's reference and appends one payout entry per line, which
 * moves the amount from payable to paid. Paying twice is refused; so is a line whose payee no
 * longer has that much payable (a refund came in between): the batch must be made again.
 */
export const payPayoutBatchStep = createStep(
  "ledger-pay-payout-batch",
  async (input: { batch_id: string; bank_reference: string; paid_by?: string }, { container }) => {
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    const [batch] = await ledger.listPayoutBatches({ id: input.batch_id }, { relations: ["lines"] })
    if (!batch) throw new MedusaError(MedusaError.Types.NOT_FOUND, `payout batch ${input.batch_id} was not found`)
    if (batch.status === "paid") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `payout batch ${batch.period} was already paid (bank reference ${batch.bank_reference})`)
    }
    const now = new Date()
    for (const line of batch.lines ?? []) {
      const { payable } = await ledger.balanceOf(line.account_type, line.account_id, now)
      if (payable < Number(line.amount)) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `${line.account_type} ${line.account_id} now has ${payable} đồng payable, less than the batch's ${Number(line.amount)} (a refund came in since it was made): discard this batch (DELETE /admin/payouts/${batch.id}) and create it again`
        )
      }
    }
    const entries = await ledger.createLedgerEntries(
      (batch.lines ?? []).map((line) => ({
        account_type: line.account_type,
        account_id: line.account_id,
        kind: "payout" as const,
        slot: `payout:${batch.id}:${line.account_type}:${line.account_id}`,
        amount: -Number(line.amount),
        currency_code: "vnd",
        available_at: now,
        occurred_at: now,
        metadata: { batch_id: batch.id, period: batch.period, bank_reference: input.bank_reference },
      }))
    )
    await ledger.updatePayoutBatches({ id: batch.id, status: "paid", bank_reference: input.bank_reference, paid_at: now, paid_by: input.paid_by ?? null })
    return new StepResponse({ batch_id: batch.id, paid_at: now.toISOString() }, { batch_id: batch.id, entry_ids: entries.map((e) => e.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    await ledger.deleteLedgerEntries(undo.entry_ids)
    await ledger.updatePayoutBatches({ id: undo.batch_id, status: "open", bank_reference: null, paid_at: null, paid_by: null })
  }
)
