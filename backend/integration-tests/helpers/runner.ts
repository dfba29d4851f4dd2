// The package itself, by its file: vitest.config.ts points the bare name "@medusajs/test-utils" here.
import * as testUtils from "@medusajs/test-utils/dist/index.js"
import { describeDifference, reconcileLedger } from "../../src/lib/ledger-reconcile"

export * from "@medusajs/test-utils/dist/index.js"

type RunnerOptions = Parameters<typeof testUtils.medusaIntegrationTestRunner>[0]
type SuiteOptions = Parameters<RunnerOptions["testSuite"]>[0]

// Differences a subscriber still on its way would explain are given this long to settle; a lasting
// one fails the test.
const SETTLE_MS = 3_000

/**
 * Medusa's runner, with the ledger reconciliation (`npm run ledger:check`'s own reconcileLedger) run
 * on the test database after each test: the runner restores the database before every test, so the
 * moment after a test is the last one its orders exist. A test that ends with any order's ledger out
 * of step with its orders, payments and refunds fails, naming the order.
 */
export function medusaIntegrationTestRunner(options: RunnerOptions) {
  return testUtils.medusaIntegrationTestRunner({
    ...options,
    testSuite: (suite: SuiteOptions) => {
      afterEach(async (context) => {
        if (context.task.result?.state === "fail") return
        const container = suite.getContainer?.()
        if (!container) return
        const started = Date.now()
        const deadline = started + SETTLE_MS
        for (;;) {
          await suite.utils.waitWorkflowExecutions()
          const { differences } = await reconcileLedger(container)
          if (!differences.length) {
            // LEDGER_CHECK_TIMING=1 prints what the check adds to each test.
            if (process.env.LEDGER_CHECK_TIMING) console.log(`LEDGER_CHECK_TIMING ${Date.now() - started}ms ${context.task.name}`)
            return
          }
          if (Date.now() > deadline) throw new Error(`ledger:check after this test: ${differences.length} differences\n${differences.map(describeDifference).join("\n")}`)
          await new Promise((resolve) => setTimeout(resolve, 250))
        }
      })
      return options.testSuite(suite)
    },
  })
}
