import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { entriesToAppend, orderEntries, type OrderMoneyFacts, type RecordedEntry } from "@ocop/core/dist/server"
import { LEDGER_MODULE, type LedgerModuleService } from "../../../modules/ledger"

/**
 * Appends what the order's ledger lacks so that it says what the order's state says (reversals
 * and new entries, never edits). Nothing when it already agrees: safe to run for every event.
 */
export const appendLedgerEntriesStep = createStep(
  "ledger-append-entries",
  async (input: { facts: OrderMoneyFacts | null }, { container }) => {
    if (!input.facts) return new StepResponse<string[], string[]>([], [])
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    const recorded = await ledger.listLedgerEntries({ order_id: input.facts.id }, { order: { created_at: "ASC" }, take: null })
    const appended = entriesToAppend(
      recorded.map((e) => ({ ...e, amount: Number(e.amount), available_at: e.available_at ? new Date(e.available_at) : null }) as RecordedEntry),
      orderEntries(input.facts),
      new Date()
    )
    if (!appended.length) return new StepResponse<string[], string[]>([], [])
    const created = await ledger.createLedgerEntries(appended.map((e) => ({ ...e, currency_code: "vnd" })))
    const ids = created.map((e) => e.id)
    return new StepResponse(ids, ids)
  },
  // Only when the workflow itself fails after this step: what this run appended was never seen.
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<LedgerModuleService>(LEDGER_MODULE).deleteLedgerEntries(ids)
  }
)
