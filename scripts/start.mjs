#!/usr/bin/env node
// `npm start`: installs what is missing, brings up PostgreSQL (embedded unless DATABASE_URL),
// migrates, seeds once, builds, and runs the backend (:9000), the storefront (:8000) and the
// development inbox (maildev: SMTP :1025, web and JSON API :1080) that the backend's e-mails go to.
// Ctrl-C or SIGTERM stops everything it started, PostgreSQL last.
import path from "node:path"
import { fileURLToPath } from "node:url"
import { ensureInstalled } from "./lib/install.mjs"
import { FatalError, fail } from "./lib/fail.mjs"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const BACKEND_PORT = 9000
const STOREFRONT_PORT = 8000
const INBOX_SMTP_PORT = 1025
const INBOX_WEB_PORT = 1080
const DATABASE_NAME = "ocop"

let stopDatabase = async () => {}
let stopping = false

async function main() {
  const started = Date.now()
  ensureInstalled(ROOT)
  // Imported after installation: they need the workspace's packages.
  const { checkDatabaseUrl, portIsFree, safeUrl, startEmbeddedPostgres } = await import("./lib/postgres.mjs")
  const stack = await import("./lib/stack.mjs")
  const { startMailCatcher } = await import("./lib/mail-catcher.mjs")
  // SMTP_URL or SMTP_HOST set: e-mails go to that server, and no inbox is started.
  const ownSmtp = Boolean(process.env.SMTP_URL || process.env.SMTP_HOST)
  const ports = [[BACKEND_PORT, "backend"], [STOREFRONT_PORT, "storefront"]]
  if (!ownSmtp) ports.push([INBOX_SMTP_PORT, "inbox's SMTP"], [INBOX_WEB_PORT, "inbox"])

  for (const [port, what] of ports) {
    if (!(await portIsFree(port))) fail(`Port ${port} for the ${what} is taken. Stop what uses it (lsof -i :${port}) and run 'npm start' again.`)
  }

  let databaseUrl = process.env.DATABASE_URL
  if (databaseUrl) {
    await checkDatabaseUrl(databaseUrl)
    console.log(`Using PostgreSQL at ${safeUrl(databaseUrl)}`)
  } else {
    const port = Number(process.env.OCOP_PG_PORT || 54320)
    const pg = await startEmbeddedPostgres({ dataDir: path.join(ROOT, ".data", "postgres"), port })
    stopDatabase = () => pg.stop()
    await pg.createDatabaseIfMissing(DATABASE_NAME)
    databaseUrl = pg.url(DATABASE_NAME)
    console.log(`Embedded PostgreSQL running on port ${port} (data in .data/postgres)`)
  }

  // Secrets of this installation (.data/secrets.json) unless the environment brings its own.
  const { installationSecrets } = await import("./lib/secrets.mjs")
  const env = { ...installationSecrets(ROOT), ...process.env, DATABASE_URL: databaseUrl, OCOP_DEV_DEFAULTS: "true" }
  console.log("Building (cached after the first time)…")
  await stack.buildAll(env)
  console.log("Migrating the database…")
  await stack.migrate(env)
  if (!(await stack.isSeeded(databaseUrl))) {
    console.log("Seeding the demo catalog (first start only)…")
    await stack.seed(env)
  }
  const publishableKey = await stack.readPublishableKey(databaseUrl)

  let inbox = null
  if (!ownSmtp) {
    inbox = await startMailCatcher({ smtpPort: INBOX_SMTP_PORT, webPort: INBOX_WEB_PORT, quiet: !process.env.OCOP_VERBOSE })
    inbox.entry.exited.then(({ code, signal }) => {
      if (stopping) return
      console.error(`The inbox (maildev) stopped unexpectedly (${signal ?? `exit ${code}`}); stopping everything. Run with OCOP_VERBOSE=1 to see its log.`)
      shutdown(1)
    })
  }

  const backendUrl = `http://localhost:${BACKEND_PORT}`
  const backendEnv = inbox ? { ...env, SMTP_URL: inbox.smtpUrl } : env
  const backend = await stack.startBackend(stack.quickstartEnv(backendEnv), BACKEND_PORT, { quiet: !process.env.OCOP_VERBOSE })
  const storefront = await stack.startStorefront(stack.quickstartEnv(env), STOREFRONT_PORT, { backendUrl, publishableKey }, { quiet: !process.env.OCOP_VERBOSE })
  for (const entry of [backend, storefront]) {
    entry.exited.then(({ code, signal }) => {
      if (stopping) return
      console.error(`The ${entry.name} stopped unexpectedly (${signal ?? `exit ${code}`}); stopping everything. Run with OCOP_VERBOSE=1 to see its log.`)
      shutdown(1)
    })
  }

  const seconds = Math.round((Date.now() - started) / 1000)
  console.log(`
OCOP Marketplace is ready (${seconds} s):
  Storefront       http://localhost:${STOREFRONT_PORT}/vi   (English: /en)
  Admin dashboard  ${backendUrl}/app
  Backend API      ${backendUrl}   (health: ${backendUrl}/health)
  E-mail inbox     ${inbox ? `${inbox.webUrl}   (every e-mail the marketplace sends; SMTP ${inbox.smtpUrl}, JSON: ${inbox.webUrl}/email)` : `not started: e-mails go to ${process.env.SMTP_URL ? "SMTP_URL" : "SMTP_HOST"}`}

Demo logins (development seed only):
  admin     admin@ocop.local / ocop-dev-admin   ${backendUrl}/app
  customer  customer@ocop.local / ocop-dev-customer   http://localhost:${STOREFRONT_PORT}/vi/account
  producer  producer@ocop.local, producer2@ocop.local / ocop-dev-producer   http://localhost:${STOREFRONT_PORT}/vi/producer
  partner   partner@ocop.local / ocop-dev-partner   http://localhost:${STOREFRONT_PORT}/vi/partner

Press Ctrl-C to stop.`)
}

async function shutdown(code) {
  if (stopping) return
  stopping = true
  console.log("\nStopping…")
  try {
    const { stopAll } = await import("./lib/processes.mjs")
    await stopAll()
    await stopDatabase()
  } finally {
    process.exit(code)
  }
}

process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

main().catch(async (error) => {
  if (error instanceof FatalError) console.error(`\nnpm start: ${error.message}`)
  else console.error(error)
  await shutdown(1)
})
