import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { checkOrderLedgerWorkflow } from "../workflows/ledger/check-order-ledger"

/**
 * `npm run ledger:check`: reconciles the ledger with every order, its payments and refunds, and
 * lists each difference; exits 1 when there is one. Read-only. Any database the app can open:
 * `DATABASE_URL=postgres://…/other npm run ledger:check` (integration-tests/ledger/scenario.test.ts
 * runs it so against its test database).
 */
export default async function ledgerCheck({ container }: ExecArgs) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  let offset = 0
  let orders = 0
  let differences = 0
  for (;;) {
    const { data } = await query.graph({ entity: "order", fields: ["id", "display_id"], pagination: { skip: offset, take: 200, order: { created_at: "ASC" } } })
    if (!data.length) break
    for (const order of data) {
      const { result } = await checkOrderLedgerWorkflow(container).run({ input: { order_id: order.id } })
      for (const d of result) logger.warn(`order #${order.display_id} (${order.id}) ${d.slot}: ledger ${d.recorded}, expected ${d.expected}`)
      differences += result.length
      orders++
    }
    offset += data.length
  }
  console.log(`ledger:check: ${orders} orders, ${differences} differences`)
  if (differences > 0) process.exitCode = 1
}
