// PostgreSQL client tools for the backup scripts: the database to use, and a pg_dump/pg_restore
// at least as new as its server (pg_dump refuses a newer server than itself).
import fs from "node:fs"
import { spawnSync } from "node:child_process"
import { checkDatabaseUrl, safeUrl } from "./postgres.mjs"
import { fail } from "./fail.mjs"

/** DATABASE_URL, else the embedded database of `npm start` (medusa-config's default). */
export function databaseUrlFromEnv(env = process.env) {
  return env.DATABASE_URL || `postgres://postgres:postgres@localhost:${env.OCOP_PG_PORT || 54320}/ocop`
}

export async function withClient(url, fn) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

export async function serverMajor(url, env = process.env) {
  if (env.DATABASE_URL || url !== databaseUrlFromEnv(env)) await checkDatabaseUrl(url)
  else {
    await checkDatabaseUrl(url).catch(() =>
      fail("DATABASE_URL is not set and the embedded database of 'npm start' is not running: start it, or set DATABASE_URL.")
    )
  }
  return withClient(url, async (client) => {
    const { rows } = await client.query("select current_setting('server_version_num')::int / 10000 as major")
    return rows[0].major
  })
}

function majorOf(binary) {
  const run = spawnSync(binary, ["--version"], { encoding: "utf8" })
  const match = run.status === 0 && /(\d+)(\.\d+)?/.exec(run.stdout)
  return match ? Number(match[1]) : undefined
}

/** PG_BIN/<tool>, Debian's /usr/lib/postgresql/<N>/bin/<tool>, or <tool> on PATH: the newest. */
export function findPgTool(tool, neededMajor, env = process.env) {
  const candidates = []
  if (env.PG_BIN) candidates.push(`${env.PG_BIN}/${tool}`)
  if (fs.existsSync("/usr/lib/postgresql")) {
    for (const version of fs.readdirSync("/usr/lib/postgresql")) candidates.push(`/usr/lib/postgresql/${version}/bin/${tool}`)
  }
  candidates.push(tool)
  const found = candidates
    .map((binary) => ({ binary, major: majorOf(binary) }))
    .filter((c) => c.major !== undefined)
    .sort((a, b) => b.major - a.major)
  if (found.length === 0) fail(`${tool} was not found. Install the PostgreSQL client tools (apt-get install postgresql-client) or set PG_BIN to their folder.`)
  if (found[0].major < neededMajor) {
    fail(
      `The database runs PostgreSQL ${neededMajor} but the newest ${tool} here is ${found[0].major}. ` +
        `Install postgresql-client-${neededMajor} or set PG_BIN to the bin folder of ${tool} ${neededMajor}.`
    )
  }
  return found[0].binary
}

/** Runs a client tool; on failure ends with its last lines of output. */
export function runPgTool(binary, args, what) {
  const run = spawnSync(binary, args, { encoding: "utf8" })
  if (run.status !== 0) {
    const detail = (run.stderr || run.stdout || "").trim().split("\n").slice(-5).join("\n")
    fail(`${what} failed:\n${detail}`)
  }
  return run
}

export { safeUrl }
