import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { checkOrderLedgerWorkflow } from "../workflows/ledger/check-order-ledger"

import type { LedgerDifference as SlotDifference } from "../workflows/ledger/steps/compare-order-ledger"

export type LedgerDifference = SlotDifference & { order_id: string; display_id: number }

/**
 * Reconciles the ledger with every order, its payments and refunds: the differences, each naming its
 * order. Read-only. One body for `npm run ledger:check` (src/scripts/ledger-check.ts) and the check the
 * integration tests run on each test's database (integration-tests/helpers/runner.ts).
 */
export async function reconcileLedger(container: MedusaContainer): Promise<{ orders: number; differences: LedgerDifference[] }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const differences: LedgerDifference[] = []
  let orders = 0
  for (;;) {
    const { data } = await query.graph({ entity: "order", fields: ["id", "display_id"], pagination: { skip: orders, take: 200, order: { created_at: "ASC" } } })
    if (!data.length) break
    for (const order of data) {
      const { result } = await checkOrderLedgerWorkflow(container).run({ input: { order_id: order.id } })
      for (const d of result) differences.push({ ...d, order_id: order.id, display_id: Number(order.display_id) })
    }
    orders += data.length
  }
  return { orders, differences }
}

/** One line a difference: `order #12 (order_…) producer_gross: ledger 100000, expected 120000`. */
export function describeDifference(d: LedgerDifference): string {
  return `order #${d.display_id} (${d.order_id}) ${d.slot}: ledger ${d.recorded}, expected ${d.expected}`
}
