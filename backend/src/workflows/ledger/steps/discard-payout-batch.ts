import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE, type LedgerModuleService } from "../../../modules/ledger"

/** Discards a payout batch that was not paid (nothing of it reached the ledger); a paid one stays. */
export const discardPayoutBatchStep = createStep("ledger-discard-payout-batch", async (input: { batch_id: string }, { container }) => {
  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  const [batch] = await ledger.listPayoutBatches({ id: input.batch_id }, { relations: ["lines"] })
  if (!batch) throw new MedusaError(MedusaError.Types.NOT_FOUND, `payout batch ${input.batch_id} was not found`)
  if (batch.status === "paid") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `payout batch ${batch.period} was paid: it cannot be discarded`)
  const lineIds = (batch.lines ?? []).map((l) => l.id)
  await ledger.softDeletePayoutLines(lineIds)
  await ledger.softDeletePayoutBatches([batch.id])
  return new StepResponse({ batch_id: batch.id }, { batch_id: batch.id, line_ids: lineIds })
}, async (undo, { container }) => {
  if (!undo) return
  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  await ledger.restorePayoutBatches([undo.batch_id])
  await ledger.restorePayoutLines(undo.line_ids)
})
