import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { entriesToAppend, orderEntries, type OrderMoneyFacts, type RecordedEntry } from "@ocop/core/dist/server"
import { LEDGER_MODULE, type LedgerModuleService } from "../../../modules/ledger"

export type LedgerDifference = { slot: string; recorded: number; expected: number }

/**
 * Where an order's ledger differs from what its orders, payments and refunds say: each slot whose
 * live amount or availability is not what it should be. Writes nothing.
 */
export const compareOrderLedgerStep = createStep(
  "ledger-compare-order",
  async (input: { facts: OrderMoneyFacts | null }, { container }) => {
    if (!input.facts) return new StepResponse<LedgerDifference[]>([])
    const recorded = await container
      .resolve<LedgerModuleService>(LEDGER_MODULE)
      .listLedgerEntries({ order_id: input.facts.id }, { order: { created_at: "ASC" }, take: null })
    const rows = recorded.map((e) => ({ ...e, amount: Number(e.amount), available_at: e.available_at ? new Date(e.available_at) : null }) as RecordedEntry)
    const planned = orderEntries(input.facts)
    const expected = new Map(planned.map((e) => [e.slot, e.amount]))
    const net = new Map<string, number>()
    for (const e of rows) net.set(e.slot, (net.get(e.slot) ?? 0) + e.amount)
    // A slot differs when its entries do not add up to what the order says (a lost, doubled or
    // altered entry, reversed or not), or when its live entry is not the one the order calls for.
    const slots = new Set(entriesToAppend(rows, planned, new Date()).map((e) => e.slot))
    for (const slot of new Set([...net.keys(), ...expected.keys()])) if ((net.get(slot) ?? 0) !== (expected.get(slot) ?? 0)) slots.add(slot)
    return new StepResponse<LedgerDifference[]>([...slots].map((slot) => ({ slot, recorded: net.get(slot) ?? 0, expected: expected.get(slot) ?? 0 })))
  }
)
