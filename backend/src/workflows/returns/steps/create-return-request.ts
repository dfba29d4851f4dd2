import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { returnedAmount, returnProblem } from "@ocop/core/dist/server"
import { LEDGER_MODULE, type LedgerModuleService } from "../../../modules/ledger"
import { RETURNS_MODULE, type ReturnsModuleService } from "../../../modules/returns"
import type { ReturnableOrder } from "./load-returnable-order"

export type RequestReturnInput = {
  order_id: string
  customer_id: string
  items: Array<{ line_item_id: string; quantity: number }>
  reason: string
  photos?: string[]
  bank_account?: { bank_bin: string; account_number: string; account_name: string }
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** Checks the request against the order (delivered, inside the window, one producer) and stores it. */
export const createReturnRequestStep = createStep(
  "returns-create-request",
  async ({ input, order }: { input: RequestReturnInput; order: ReturnableOrder }, { container }) => {
    const days = container.resolve<LedgerModuleService>(LEDGER_MODULE).returnWindowDays()
    const problem = returnProblem(order.lines, input.items, new Date(), days)
    if (problem) throw invalid(problem)
    const lines = new Map(order.lines.map((l) => [l.id, l]))
    const producers = new Set(input.items.map((i) => lines.get(i.line_item_id)!.producer_id))
    if (producers.size !== 1 || [...producers][0] === null) {
      throw invalid("Items of different producers are returned separately: ask one return per producer.")
    }
    if (!order.payment) throw invalid("This order has not been paid yet: there is nothing to refund.")
    if (order.payment.refund_method === "bank_transfer" && !input.bank_account) {
      throw invalid("Paid in cash or by bank transfer: give the bank account the refund should go to.")
    }
    const items = input.items.map((i) => ({ ...i, amount: returnedAmount(lines.get(i.line_item_id)!, i.quantity) }))
    const created = await container.resolve<ReturnsModuleService>(RETURNS_MODULE).createReturnRequests({
      order_id: order.id,
      customer_id: input.customer_id,
      producer_id: [...producers][0]!,
      // JSON columns are typed as objects; these hold arrays.
      items: items as unknown as Record<string, unknown>,
      amount: items.reduce((s, i) => s + i.amount, 0),
      reason: input.reason,
      photos: (input.photos ?? []) as unknown as Record<string, unknown>,
      refund_method: order.payment.refund_method,
      ...(order.payment.refund_method === "bank_transfer" ? input.bank_account : {}),
    })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<ReturnsModuleService>(RETURNS_MODULE).deleteReturnRequests(id)
  }
)
