// Shared by the reliability tests (not a test file): a production-shaped backend of their own —
// the BUILT backend (`medusa start`), on a fresh database of the test PostgreSQL server, with
// Medusa's Redis modules on a redis-server this file starts (so a test may kill or restart it
// without touching the machine's Redis that others use).
import { execFile, spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import type pg from "pg"

// scripts/lib is plain ESM shared with `npm start` and `npm test` (typed by its .d.mts files).
const stackLib = () => import("../../../scripts/lib/stack.mjs")
const processesLib = () => import("../../../scripts/lib/processes.mjs")
type StackLib = Awaited<ReturnType<typeof stackLib>>
type ProcessEntry = Awaited<ReturnType<StackLib["startBackend"]>>

export const LOG_DIR = path.resolve(__dirname, "../../../.data/reliability")
/** The backend's port and its own redis-server's (the files run one after another). */
export const RELIABILITY_PORT = Number(process.env.OCOP_REL_BACKEND_PORT || 9170)
export const RELIABILITY_REDIS_PORT = Number(process.env.OCOP_REL_REDIS_PORT || 6390)
/** Migrating and seeding the template can take minutes on a busy 2-core machine. */
export const SETUP_TIMEOUT_MS = 600_000

const redises = new Set<OwnRedis>()

/** postgres://user@host:port of the test server: set by `npm test`, else from the runner's DB_* variables. */
export function pgBaseUrl(): string {
  if (process.env.OCOP_TEST_PG_BASE_URL) return process.env.OCOP_TEST_PG_BASE_URL.replace(/\/$/, "")
  const user = encodeURIComponent(process.env.DB_USERNAME || "postgres")
  const password = process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""
  return `postgres://${user}${password}@${process.env.DB_HOST || "localhost"}:${process.env.DB_PORT || "5432"}`
}

/** scripts/lib/load-shop.mjs's client helper (shared with bench:load). */
export async function withDb<T>(databaseUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const { withClient } = await import("../../../scripts/lib/load-shop.mjs")
  return withClient(databaseUrl, fn)
}

/** A redis-server of the test's own, appendonly like a production Redis, restartable in place. */
export class OwnRedis {
  private child: ChildProcess | null = null
  private readonly dir: string
  constructor(readonly port: number) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), `ocop-rel-redis-${port}-`))
  }
  get url() {
    return `redis://127.0.0.1:${this.port}`
  }
  async start() {
    redises.add(this)
    const args = ["--port", String(this.port), "--bind", "127.0.0.1", "--dir", this.dir, "--save", "", "--appendonly", "yes", "--appendfsync", "always"]
    this.child = spawn("redis-server", args, { stdio: "ignore" })
    const child = this.child
    let spawnError: Error | null = null
    child.once("error", (error) => (spawnError = error))
    const deadline = Date.now() + 10_000
    while (Date.now() < deadline) {
      if (spawnError) throw new Error(`redis-server could not be started (${(spawnError as Error).message}): these tests need it installed (Debian: apt-get install redis-server)`)
      if (child.exitCode !== null) throw new Error(`redis-server on port ${this.port} exited (${child.exitCode}): is the port taken?`)
      if (await this.ping()) return
      await sleep(100)
    }
    throw new Error(`redis-server on port ${this.port} did not answer within 10 s`)
  }
  /** A clean shutdown (SIGTERM: Redis flushes its append-only file first). */
  async stop() {
    const child = this.child
    if (!child || child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((resolve) => child.once("exit", resolve))
    child.kill("SIGTERM")
    await exited
    this.child = null
  }
  async destroy() {
    await this.stop()
    redises.delete(this)
    fs.rmSync(this.dir, { recursive: true, force: true })
  }
  private ping(): Promise<boolean> {
    return new Promise((resolve) => {
      const net = require("node:net") as typeof import("node:net")
      const socket = net.connect(this.port, "127.0.0.1")
      socket.setTimeout(500)
      socket.once("connect", () => socket.write("PING\r\n"))
      socket.once("data", (d) => {
        socket.destroy()
        resolve(d.toString().startsWith("+PONG"))
      })
      socket.once("error", () => resolve(false))
      socket.once("timeout", () => {
        socket.destroy()
        resolve(false)
      })
    })
  }
}

export type Stack = {
  databaseUrl: string
  backendUrl: string
  publishableKey: string
  redis: OwnRedis
  env: NodeJS.ProcessEnv
  /** Starts (or starts again) the built backend on the stack's port. */
  start(): Promise<void>
  /** SIGKILL to the backend's whole process group: no shutdown hooks, nothing flushed. */
  kill(): Promise<void>
  stop(): Promise<void>
  /** `npm run ledger:check` on the stack's database (the backend stopped first): throws on a difference. */
  checkLedger(): Promise<string>
  destroy(): Promise<void>
}

/**
 * A fresh database `ocop_rel_<name>_<time>`, migrated and seeded with the development data (the
 * seed's own code), and a redis-server on `redisPort`. The backend is not started yet.
 */
export async function createStack(name: string, { port = RELIABILITY_PORT, redisPort = RELIABILITY_REDIS_PORT } = {}): Promise<Stack> {
  const lib = await stackLib()
  const { stopProcess } = await processesLib()
  if (!fs.existsSync(lib.BACKEND_BUILD_DIR)) {
    throw new Error(`The backend is not built (${lib.BACKEND_BUILD_DIR}): run 'npm test' from the repository root (it builds first).`)
  }
  const base = pgBaseUrl()
  const database = `ocop_rel_${name}_${Date.now()}`
  const backendUrl = `http://localhost:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OCOP_DEV_DEFAULTS: "true",
    MEDUSA_FILE_BASE_URL: backendUrl,
    MEDUSA_DISABLE_ADMIN: "true",
    LOG_LEVEL: process.env.LOG_LEVEL || "error",
  }
  // Migrations and the seed run on the in-memory modules (the seed rebuilds the search index itself);
  // the backend runs on Redis.
  delete env.REDIS_URL
  const template = await seededTemplate(base, env, lib)
  await withDb(`${base}/postgres`, (c) => c.query(`create database "${database}" template "${template}"`))
  const databaseUrl = `${base}/${database}`
  const publishableKey = await lib.readPublishableKey(databaseUrl)
  const redis = new OwnRedis(redisPort)
  await redis.start()
  const backendEnv = { ...env, DATABASE_URL: databaseUrl, REDIS_URL: redis.url, MEDUSA_WORKER_MODE: "shared" }

  fs.mkdirSync(LOG_DIR, { recursive: true })
  const logFile = fs.createWriteStream(path.join(LOG_DIR, `${name}-backend.log`))
  let backend: ProcessEntry | null = null

  const stack: Stack = {
    databaseUrl,
    backendUrl,
    publishableKey,
    redis,
    env: backendEnv,
    async start() {
      backend = await lib.startBackend(backendEnv, port, { quiet: true, logFile })
    },
    async kill() {
      const entry = backend
      if (!entry || entry.child.exitCode !== null || entry.child.signalCode !== null) return
      try {
        process.kill(-entry.child.pid!, "SIGKILL")
      } catch {}
      await entry.exited
      backend = null
    },
    async stop() {
      if (backend) await stopProcess(backend, 5000)
      backend = null
    },
    async checkLedger() {
      await stack.stop()
      // Read-only; without the stack's Redis, which the check has no use for.
      const check = await new Promise<{ code: number | null; output: string }>((resolve) => {
        execFile(
          "npm",
          ["run", "--silent", "ledger:check"],
          { cwd: lib.BACKEND_DIR, env: { ...env, DATABASE_URL: databaseUrl, REDIS_URL: "" }, timeout: 300_000 },
          (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, output: `${stdout}${stderr}` })
        )
      })
      const output = check.output
      if (check.code !== 0 || !/ledger:check: \d+ orders, 0 differences/.test(output)) {
        throw new Error(`ledger:check on ${name}'s database after its tests:\n${output}`)
      }
      return output
    },
    async destroy() {
      await stack.stop()
      await redis.destroy()
      logFile.end()
      await withDb(`${base}/postgres`, (c) => c.query(`drop database if exists "${database}" with (force)`)).catch(() => {})
    },
  }
  return stack
}

/**
 * Migrating and seeding take minutes on a busy machine: the reliability files of one vitest run
 * (forks of one parent) do it once, into a template database named after that parent, and each
 * copies it (`create database … template`, a file copy). Templates of finished runs are dropped.
 */
async function seededTemplate(base: string, env: NodeJS.ProcessEnv, lib: StackLib): Promise<string> {
  // OCOP_REL_TEMPLATE names a template kept across runs (while working on these tests).
  const template = process.env.OCOP_REL_TEMPLATE || `ocop_rel_template_${process.ppid}`
  const existing = await withDb(`${base}/postgres`, async (c) => {
    const { rows } = await c.query("select datname from pg_database where datname like 'ocop_rel_template_%'")
    for (const { datname } of rows as { datname: string }[]) {
      const pid = datname.slice("ocop_rel_template_".length)
      if (datname !== template && /^\d+$/.test(pid) && !isAlive(Number(pid))) await c.query(`drop database if exists "${datname}" with (force)`)
    }
    return rows.some((r: { datname: string }) => r.datname === template)
  })
  if (existing) return template
  // Built under a temporary name and renamed when complete, so a failed seed is never reused.
  const building = `${template}_building`
  await withDb(`${base}/postgres`, async (c) => {
    await c.query(`drop database if exists "${building}" with (force)`)
    await c.query(`create database "${building}"`)
  })
  const templateEnv = { ...env, DATABASE_URL: `${base}/${building}` }
  await lib.migrate(templateEnv)
  await lib.seed(templateEnv)
  await withDb(`${base}/postgres`, (c) => c.query(`alter database "${building}" rename to "${template}"`))
  return template
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** afterAll: the stack, or whatever a setup cut short by its timeout left running. */
export async function tearDown(stack: Stack | undefined) {
  // Every order the reliability tests made (checkouts cut by SIGKILL, a Redis outage, races for the
  // last units) must leave the ledger in step, as the other files' orders are checked after each test
  // (integration-tests/helpers/runner.ts).
  const ledger = await stack?.checkLedger().then(
    () => null,
    (error: Error) => error
  )
  await stack?.destroy()
  await (await processesLib()).stopAll()
  for (const redis of redises) await redis.destroy()
  if (ledger) throw ledger
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
