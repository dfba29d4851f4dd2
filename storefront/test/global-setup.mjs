// Brings up a real marketplace for the browser tests: a fresh database on the test
// PostgreSQL, migrated and seeded, the built backend on :9100 and the built storefront on :8100.
import fs from "node:fs"
import path from "node:path"
import { provideTestDatabase } from "../../scripts/lib/test-database.mjs"
import { ROOT, BACKEND_BUILD_DIR, STOREFRONT_DIR, migrate, seed, readPublishableKey, startBackend, startStorefront, quickstartEnv } from "../../scripts/lib/stack.mjs"
import { stopAll } from "../../scripts/lib/processes.mjs"
import { startMailCatcher } from "../../scripts/lib/mail-catcher.mjs"
import { randomSecrets } from "../../scripts/lib/secrets.mjs"

const BACKEND_PORT = Number(process.env.OCOP_TEST_BACKEND_PORT || 9100)
const STOREFRONT_PORT = Number(process.env.OCOP_TEST_STOREFRONT_PORT || 8100)
const NEXT_DIST_DIR = path.join(STOREFRONT_DIR, process.env.OCOP_NEXT_DIST_DIR || ".next")

export default async function setup({ provide }) {
  for (const [dir, what] of [[BACKEND_BUILD_DIR, "backend"], [NEXT_DIST_DIR, "storefront"]]) {
    if (!fs.existsSync(dir)) throw new Error(`The ${what} is not built: run 'npm test' from the repository root (it builds first).`)
  }
  // Under `npm test` the database server is already up; alone, start one.
  let stopDatabase = async () => {}
  let baseUrl = process.env.OCOP_TEST_PG_BASE_URL
  if (!baseUrl) {
    const db = await provideTestDatabase(ROOT)
    baseUrl = db.baseUrl
    stopDatabase = () => db.stop()
  }
  const database = `ocop_e2e_${Date.now()}`
  const { default: pg } = await import("pg")
  const admin = new pg.Client({ connectionString: `${baseUrl}/postgres` })
  await admin.connect()
  await admin.query(`create database "${database}"`)
  const databaseUrl = `${baseUrl}/${database}`
  const logFile = fs.createWriteStream(path.join(NEXT_DIST_DIR, "e2e-servers.log"))
  const backendUrl = `http://localhost:${BACKEND_PORT}`
  const storefrontUrl = `http://localhost:${STOREFRONT_PORT}`
  // The e-mails go to an inbox of the tests' own (maildev on free ports), as `npm start` sends them to its own.
  const inbox = await startMailCatcher()
  // Secrets of this run's own, as `npm start` makes them for an installation.
  const env = {
    ...process.env,
    ...randomSecrets(),
    DATABASE_URL: databaseUrl,
    OCOP_DEV_DEFAULTS: "true",
    MEDUSA_FILE_BASE_URL: backendUrl,
    SMTP_URL: inbox.smtpUrl,
    STOREFRONT_URL: storefrontUrl,
    MEDUSA_ADMIN_URL: backendUrl,
  }

  await migrate(env)
  await seed(env)
  const publishableKey = await readPublishableKey(databaseUrl)
  // The servers run exactly as `npm start` runs them (test/quickstart.test.ts checks it).
  const backend = await startBackend(quickstartEnv(env), BACKEND_PORT, { quiet: true, logFile })
  const storefront = await startStorefront(quickstartEnv(env), STOREFRONT_PORT, { backendUrl, publishableKey }, { quiet: true, logFile })

  provide("storefrontUrl", storefrontUrl)
  provide("inboxUrl", inbox.webUrl)
  provide("backendUrl", backendUrl)
  provide("publishableKey", publishableKey)
  provide("databaseUrl", databaseUrl)
  provide("processIds", { backend: backend.child.pid, storefront: storefront.child.pid })

  return async () => {
    await stopAll()
    await admin.query(`drop database if exists "${database}" with (force)`).catch(() => {})
    await admin.end()
    await stopDatabase()
  }
}
