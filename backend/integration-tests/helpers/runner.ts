// Medusa's integration test runner, starting each file on a copy of the run's migrated template
// database (test/global-setup.mjs) instead of migrating a new database from nothing.
import { randomUUID } from "node:crypto"
import { medusaIntegrationTestRunner as medusaRunner } from "@medusajs/test-utils"
import { Client } from "pg"

type RunnerOptions = Parameters<typeof medusaRunner>[0]

export function medusaIntegrationTestRunner(options: RunnerOptions) {
  const template = process.env.OCOP_TEST_TEMPLATE_DB
  if (!template || options.dbName) return medusaRunner(options)
  const dbName = `medusa-${randomUUID()}-integration`
  // Registered before the runner's own hooks, so the copy exists when the runner "creates" it
  // (the runner accepts an existing database, then finds no migration left to apply).
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
  return medusaRunner({ ...options, dbName })
}
