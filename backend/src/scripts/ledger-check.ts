import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { describeDifference, reconcileLedger } from "../lib/ledger-reconcile"

/**
 * `npm run ledger:check`: reconciles the ledger with every order, its payments and refunds, and
 * lists each difference; exits 1 when there is one. Read-only. Any database the app can open:
 * `DATABASE_URL=postgres://…/other npm run ledger:check` (integration-tests/ledger/scenario.test.ts
 * runs it so against its test database; every other test file runs the same reconcileLedger on its
 * own, see integration-tests/helpers/runner.ts).
 */
export default async function ledgerCheck({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { orders, differences } = await reconcileLedger(container)
  for (const d of differences) logger.warn(describeDifference(d))
  console.log(`ledger:check: ${orders} orders, ${differences.length} differences`)
  if (differences.length > 0) process.exitCode = 1
}
