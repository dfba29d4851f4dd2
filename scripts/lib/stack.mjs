// The steps that bring the marketplace up, shared by `npm start`, `npm test` and CI.
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { runStep, startProcess, waitForHttp } from "./processes.mjs"
import { fail } from "./fail.mjs"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
export const BACKEND_DIR = path.join(ROOT, "backend")
// A copy of the build elsewhere under backend/.medusa (so modules still resolve) can be run
// through OCOP_BACKEND_BUILD_DIR, e.g. by a second test stack while the first one rebuilds.
export const BACKEND_BUILD_DIR = path.resolve(BACKEND_DIR, process.env.OCOP_BACKEND_BUILD_DIR || ".medusa/server")
export const STOREFRONT_DIR = path.join(ROOT, "storefront")
const BIN = path.join(ROOT, "node_modules", ".bin")

export const STOREFRONT_KEY_TITLE = "OCOP Storefront"

/**
 * A log file under .data/ for a script's servers. The folder is made here: only an embedded
 * PostgreSQL creates it, so with DATABASE_URL's server it may be missing.
 */
export function dataLog(name) {
  fs.mkdirSync(path.join(ROOT, ".data"), { recursive: true })
  return fs.createWriteStream(path.join(ROOT, ".data", name))
}

/**
 * The switches of the quickstart: `npm start` runs the backend with these, and so do the browser
 * tests and benchmarks, so that what is tested is what runs (issue #22: a test runner's
 * NODE_ENV=test once hid that the dashboard could not log in). NODE_ENV is what `medusa start`
 * and `next start` pick by themselves; OCOP_DEV_DEFAULTS allows the development secrets and demo
 * accounts (backend/medusa-config.ts).
 */
export const QUICKSTART_SWITCHES = Object.freeze({ NODE_ENV: "production", OCOP_DEV_DEFAULTS: "true" })

/** A test runner's own variables (vitest's VITEST*, Jest's JEST_WORKER_ID) never reach the stack. */
const TEST_RUNNER_VARIABLE = /^(VITEST|JEST_|TEST$)/

/**
 * The environment the quickstart's servers run with: `base` less the test runner's, plus the switches.
 * They listen on 127.0.0.1 only unless HOST says otherwise (issue #21: `*:9000` let anyone on the
 * same network in); the secrets come from `base` (scripts/lib/secrets.mjs).
 */
export function quickstartEnv(base) {
  const env = Object.fromEntries(Object.entries(base).filter(([name]) => !TEST_RUNNER_VARIABLE.test(name)))
  return { HOST: "127.0.0.1", ...env, ...QUICKSTART_SWITCHES }
}

/** `medusa start --host` / `next start -H` when the environment names the address to listen on. */
const hostArgs = (env, flag) => (env.HOST ? [flag, env.HOST] : [])

function failWithOutput(step, error) {
  if (error.output) process.stderr.write(error.output.split("\n").slice(-40).join("\n") + "\n")
  fail(`${step} failed: ${error.message}. The lines above say why.`)
}

export async function buildAll(env) {
  try {
    await runStep("build", path.join(BIN, "turbo"), ["run", "build", "--output-logs=errors-only"], { cwd: ROOT, env })
  } catch (error) {
    failWithOutput("Building", error)
  }
}

export async function migrate(env) {
  try {
    await runStep("migrate", path.join(BIN, "medusa"), ["db:migrate"], { cwd: BACKEND_DIR, env })
  } catch (error) {
    failWithOutput("Migrating the database", error)
  }
}

async function withClient(databaseUrl, fn) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

export async function isSeeded(databaseUrl) {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query("select metadata->>'ocop_seeded_at' as at from store where deleted_at is null limit 1")
    return Boolean(rows[0]?.at)
  })
}

export async function seed(env) {
  try {
    await runStep("seed", path.join(BIN, "medusa"), ["exec", "./src/scripts/seed.ts"], { cwd: BACKEND_DIR, env })
  } catch (error) {
    failWithOutput("Seeding", error)
  }
}

export async function readPublishableKey(databaseUrl) {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query(
      "select token from api_key where type = 'publishable' and title = $1 and revoked_at is null and deleted_at is null limit 1",
      [STOREFRONT_KEY_TITLE]
    )
    if (!rows[0]) fail("The database has no storefront publishable key. Run 'npm run seed'.")
    return rows[0].token
  })
}

/**
 * Uploaded and seeded files live in backend/uploads (the seed runs there; older installations also
 * have backend/static); the built server reads its own ./uploads and ./static, and `medusa build`
 * recreates its folder: link them each start.
 */
function shareStaticFiles() {
  for (const folder of ["static", "uploads"]) {
    const source = path.join(BACKEND_DIR, folder)
    const target = path.join(BACKEND_BUILD_DIR, folder)
    fs.mkdirSync(source, { recursive: true })
    if (!fs.existsSync(target)) fs.symlinkSync(source, target, "dir")
  }
}

/** Runs the built backend (`medusa build` output) so start-up skips TypeScript compilation. */
export async function startBackend(env, port, options = {}) {
  shareStaticFiles()
  // cluster: Medusa's cluster mode with that many server processes (one port, Node's cluster module).
  const cluster = options.cluster > 1 ? ["--cluster", String(options.cluster), "--servers", String(options.cluster)] : []
  const entry = startProcess("backend", path.join(BIN, "medusa"), ["start", "--port", String(port), ...hostArgs(env, "--host"), ...cluster], {
    cwd: BACKEND_BUILD_DIR,
    env: { ...env, PORT: String(port) },
    ...options,
  })
  const up = await waitForHttp(`http://localhost:${port}/health`, { isAlive: () => entry.child.exitCode === null })
  if (!up) fail(`The backend did not answer on http://localhost:${port}/health. Its log is above.`)
  return entry
}

export async function startStorefront(env, port, { backendUrl, publishableKey }, options = {}) {
  const entry = startProcess("storefront", path.join(BIN, "next"), ["start", "-p", String(port), ...hostArgs(env, "-H")], {
    cwd: STOREFRONT_DIR,
    env: { ...env, NODE_ENV: "production", MEDUSA_BACKEND_URL: backendUrl, MEDUSA_PUBLISHABLE_KEY: publishableKey, PORT: String(port) },
    ...options,
  })
  const up = await waitForHttp(`http://localhost:${port}/vi`, { isAlive: () => entry.child.exitCode === null })
  if (!up) fail(`The storefront did not answer on http://localhost:${port}/vi. Its log is above.`)
  return entry
}
