import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { compareOrderLedgerStep } from "./steps/compare-order-ledger"
import { loadOrderMoneyStep } from "./steps/load-order-money"

/** The reconciliation of one order: where its ledger differs from its orders, payments and refunds. */
export const checkOrderLedgerWorkflow = createWorkflow("ledger-check-order", (input: { order_id: string }) => {
  const facts = loadOrderMoneyStep(input)
  return new WorkflowResponse(compareOrderLedgerStep({ facts }))
})
