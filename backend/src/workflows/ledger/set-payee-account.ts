import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setPayeeAccountStep, type PayeeAccountInput } from "./steps/set-payee-account"

/** A producer's or partner's bank account for payouts. */
export const setPayeeAccountWorkflow = createWorkflow("ledger-set-payee-account", (input: PayeeAccountInput) => {
  return new WorkflowResponse(setPayeeAccountStep(input))
})
