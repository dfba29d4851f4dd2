#!/usr/bin/env node
// `npm run start:server` / `npm run start:worker`: one production role of the built backend
// (backend/.medusa/server, from `npm run build`) on PostgreSQL (DATABASE_URL) and Redis (REDIS_URL).
// Run as many servers as needed behind a proxy, and one or more workers; migrate first with
// `cd backend && npx medusa db:migrate`. Ctrl-C or SIGTERM stops the role gracefully.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { FatalError, fail } from "./lib/fail.mjs"

const ROLES = { server: { port: 9000 }, worker: { port: 9001 } }

function requireUrl(name, example) {
  const value = process.env[name]
  if (!value) fail(`${name} is not set. The ${process.argv[2]} runs on a shared ${example.what}: set ${name}, e.g. ${name}=${example.url}`)
  try {
    new URL(value)
  } catch {
    fail(`${name} is not a URL (${example.url}).`)
  }
  return value
}

/** Server processes: MEDUSA_CLUSTER_SIZE (1 turns cluster mode off), else one per core. */
function clusterSize(value) {
  if (value === undefined || value === "") return os.availableParallelism()
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 64) fail(`MEDUSA_CLUSTER_SIZE must be a whole number from 1 to 64; got "${value}"`)
  return n
}

let backend
async function main() {
  const role = process.argv[2]
  if (!ROLES[role]) fail(`Unknown role '${role ?? ""}': use 'server' or 'worker' (npm run start:server / start:worker).`)
  const databaseUrl = requireUrl("DATABASE_URL", { what: "PostgreSQL server", url: "postgres://ocop:secret@db:5432/ocop" })
  requireUrl("REDIS_URL", { what: "Redis", url: "redis://redis:6379" })

  const stack = await import("./lib/stack.mjs")
  const { checkDatabaseUrl } = await import("./lib/postgres.mjs")
  if (!fs.existsSync(path.join(stack.BACKEND_BUILD_DIR, "medusa-config.js"))) {
    fail(`No built backend in ${path.relative(stack.ROOT, stack.BACKEND_BUILD_DIR)}: run 'npm run build' first.`)
  }
  await checkDatabaseUrl(databaseUrl)

  // The port: PORT, else 9000 for a server and 9001 for a worker (it answers only /health).
  const port = Number(process.env.PORT || ROLES[role].port)
  const env = {
    ...process.env,
    NODE_ENV: "production",
    MEDUSA_WORKER_MODE: role,
    // The admin dashboard is served by the servers only.
    ...(role === "worker" ? { MEDUSA_DISABLE_ADMIN: "true" } : {}),
  }
  // A server runs one process per core (Medusa's cluster mode) unless MEDUSA_CLUSTER_SIZE says
  // otherwise; they share sessions, events and locks through Redis. A worker stays one process.
  const cluster = role === "server" ? clusterSize(process.env.MEDUSA_CLUSTER_SIZE) : 1
  console.log(`Starting the backend ${role} on port ${port}${cluster > 1 ? ` (${cluster} processes)` : ""}…`)
  backend = await stack.startBackend(env, port, { cluster })
  console.log(`The backend ${role} is up: http://localhost:${port}/health`)
  const { code, signal } = await backend.exited
  if (!stopping) fail(`The backend ${role} stopped (${signal ?? `exit ${code}`}). Its log is above.`)
}

let stopping = false
async function shutdown(code) {
  if (stopping) return
  stopping = true
  const { stopAll } = await import("./lib/processes.mjs")
  await stopAll()
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

main().catch(async (error) => {
  console.error(error instanceof FatalError ? `start:${process.argv[2] ?? ""}: ${error.message}` : error)
  await shutdown(1)
})
