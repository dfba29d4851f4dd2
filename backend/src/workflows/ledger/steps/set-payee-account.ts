import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE, type LedgerModuleService } from "../../../modules/ledger"

export type PayeeAccountInput = {
  account_type: "producer" | "partner"
  account_id: string
  bank_bin: string
  account_number: string
  account_name: string
}

/** Creates or replaces the bank account a producer's or partner's money goes to. */
export const setPayeeAccountStep = createStep("ledger-set-payee-account", async (input: PayeeAccountInput, { container }) => {
  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  const [existing] = await ledger.listPayeeAccounts({ account_type: input.account_type, account_id: input.account_id })
  const fields = { bank_bin: input.bank_bin, account_number: input.account_number, account_name: input.account_name }
  if (existing) {
    const saved = await ledger.updatePayeeAccounts({ id: existing.id, ...fields })
    return new StepResponse(saved, { id: existing.id, bank_bin: existing.bank_bin, account_number: existing.account_number, account_name: existing.account_name, created: false })
  }
  const saved = await ledger.createPayeeAccounts(input)
  return new StepResponse(saved, { id: saved.id, bank_bin: "", account_number: "", account_name: "", created: true })
}, async (undo, { container }) => {
  if (!undo) return
  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  if (undo.created) await ledger.deletePayeeAccounts(undo.id)
  else await ledger.updatePayeeAccounts({ id: undo.id, bank_bin: undo.bank_bin, account_number: undo.account_number, account_name: undo.account_name })
})
