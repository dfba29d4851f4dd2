// Medusa's integration test runner, as every backend test file uses it (vitest.config.mts also points
// the bare name "@medusajs/test-utils" here, so files written later get the same):
// - each file starts on a copy of the run's migrated template database (test/global-setup.mjs)
//   instead of migrating a new database from nothing;
// - after each test, `npm run ledger:check`'s own reconciliation runs on the test database.
import { randomUUID } from "node:crypto"
import * as testUtils from "@medusajs/test-utils/dist/index.js"
import { Client } from "pg"
import { describeDifference, reconcileLedger } from "../../src/lib/ledger-reconcile"

export * from "@medusajs/test-utils/dist/index.js"

type RunnerOptions = Parameters<typeof testUtils.medusaIntegrationTestRunner>[0]
type SuiteOptions = Parameters<RunnerOptions["testSuite"]>[0]

// Differences a subscriber still on its way would explain are given this long to settle; a lasting
// one fails the test.
const SETTLE_MS = 3_000

export function medusaIntegrationTestRunner(options: RunnerOptions) {
  return testUtils.medusaIntegrationTestRunner({
    ...options,
    dbName: options.dbName ?? copyOfTemplate(),
    testSuite: (suite: SuiteOptions) => {
      afterEach(async (context) => {
        if (context.task.result?.state === "fail") return
        await checkLedger(suite, context.task.name)
      })
      const registered = options.testSuite(suite)
      // Medusa's runner snapshots the database before the first test, after the file's beforeAll
      // hooks, and restores that snapshot before every later test. An order placed in a beforeAll
      // has its ledger written by a subscriber: wait for it (and any other settling write) so the
      // snapshot holds it, or every later test starts from an order without its ledger entries.
      // Registered after the file's own beforeAll hooks, so it runs after them.
      beforeAll(async () => {
        await settle(suite)
      })
      return registered
    },
  })
}

/**
 * A database copied from the template before the runner's own hooks (registered first, so it runs
 * first); the runner accepts an existing database and then finds no migration left to apply.
 * Without a template (OCOP_TEST_TEMPLATE=off), the runner makes and migrates its own.
 */
function copyOfTemplate(): string | undefined {
  const template = process.env.OCOP_TEST_TEMPLATE_DB
  if (!template) return undefined
  const dbName = `medusa-${randomUUID()}-integration`
  beforeAll(async () => {
    const client = new Client({
      host: process.env.DB_HOST ?? "localhost",
      port: Number(process.env.DB_PORT ?? 5432),
      user: process.env.DB_USERNAME ?? "postgres",
      password: process.env.DB_PASSWORD ?? "",
      database: "postgres",
    })
    await client.connect()
    try {
      await client.query(`CREATE DATABASE "${dbName}" TEMPLATE "${template}"`)
    } finally {
      await client.end()
    }
  })
  return dbName
}

/**
 * The runner restores the database before every test, so the moment after a test is the last one its
 * orders exist: a test that ends with any order's ledger out of step with its orders, payments and
 * refunds fails, naming the order (issue #15).
 */
/** Waits, up to SETTLE_MS, until the ledger is in step with every order; leaves judging to the tests. */
async function settle(suite: SuiteOptions) {
  const container = suite.getContainer?.()
  if (!container) return
  const deadline = Date.now() + SETTLE_MS
  for (;;) {
    await suite.utils.waitWorkflowExecutions()
    if (!(await reconcileLedger(container)).differences.length || Date.now() > deadline) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

async function checkLedger(suite: SuiteOptions, testName: string) {
  const container = suite.getContainer?.()
  if (!container) return
  const started = Date.now()
  const deadline = started + SETTLE_MS
  for (;;) {
    await suite.utils.waitWorkflowExecutions()
    const { differences } = await reconcileLedger(container)
    if (!differences.length) {
      // LEDGER_CHECK_TIMING=1 prints what the check adds to each test.
      if (process.env.LEDGER_CHECK_TIMING) console.log(`LEDGER_CHECK_TIMING ${Date.now() - started}ms ${testName}`)
      return
    }
    if (Date.now() > deadline) throw new Error(`ledger:check after this test: ${differences.length} differences\n${differences.map(describeDifference).join("\n")}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
