import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { appendLedgerEntriesStep } from "./steps/append-ledger-entries"
import { loadOrderMoneyStep } from "./steps/load-order-money"

export type SyncOrderLedgerInput = { order_id: string; return_window_days?: number }

/**
 * Brings an order's ledger entries in step with the order: placed (pending shares), paid and
 * delivered (available after the return window), refunded or canceled (reversed). Under a lock per
 * order, so two events of one order never append the same difference twice.
 */
export const syncOrderLedgerWorkflow = createWorkflow("ledger-sync-order", (input: SyncOrderLedgerInput) => {
  const key = transform({ input }, ({ input }) => `ledger:${input.order_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 60 })
  const facts = loadOrderMoneyStep(input)
  const appended = appendLedgerEntriesStep({ facts })
  releaseLockStep({ key })
  return new WorkflowResponse(appended)
})
