#!/usr/bin/env node
// `npm run bench:search [-- --products 500,20000 --requests 200 --concurrency 1,16]`
//
// Search benchmark on N synthetic OCOP products, for each N of --products in turn: a fixed mix of queries (accented, accentless,
// English, misspelt, prefix, filtered) against our GET /store/search, Medusa's GET /store/products?q=
// and Medusa's POST /store/search, with 1 and 16 concurrent clients, beside Medusa's cheapest store
// route GET /store/regions (the floor of the store pipeline). Prints p50/p95/p99 latency, requests
// per second, how many queries found something, the ratios between the routes, and issue #16's
// targets: ours ≤ 1.5× GET /store/regions and POST /store/search ≥ 5× ours (p95, in the same run).
//
// Database, one per N: "ocop_bench_<N>" on the server of OCOP_BENCH_DATABASE_URL or DATABASE_URL,
// else on an embedded PostgreSQL of its own (.data/postgres-bench, port 54322) — never the data of
// `npm start` or of the tests. Products: reused when the database has at least N, otherwise
// loaded with `npm run seed:synthetic -- products=N` (which also rebuilds the search index).
// Backend: started from source on --port (default 9400), --built from the build (.medusa/server, or
// OCOP_BACKEND_BUILD_DIR relative to backend/), or --url/--key for one already running.
// --no-cache starts it with OCOP_SEARCH_CACHE_MS=0 (GET /store/search answer cache off).

import fs from "node:fs"
import path from "node:path"
import { performance } from "node:perf_hooks"
import { BACKEND_BUILD_DIR, BACKEND_DIR, ROOT, dataLog, readPublishableKey } from "./lib/stack.mjs"
import { runStep, startProcess, stopAll, waitForHttp } from "./lib/processes.mjs"
import { checkDatabaseUrl, startEmbeddedPostgres } from "./lib/postgres.mjs"

const BIN = path.join(ROOT, "node_modules", ".bin")

function parseArgs(argv) {
  const options = { products: [500, 20000], requests: 200, concurrency: [1, 16], port: 9400, warmup: 20, url: null, key: null, built: false, cache: true }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=")
    const value = () => inline ?? argv[++i]
    switch (flag) {
      case "--products": options.products = value().split(",").map(Number); break
      case "--requests": options.requests = Number(value()); break
      case "--concurrency": options.concurrency = value().split(",").map(Number); break
      case "--port": options.port = Number(value()); break
      case "--warmup": options.warmup = Number(value()); break
      case "--url": options.url = value().replace(/\/$/, ""); break
      case "--key": options.key = value(); break
      case "--built": options.built = true; break
      case "--no-cache": options.cache = false; break
      case "-h":
      case "--help":
        console.log(fs.readFileSync(new URL(import.meta.url), "utf8").split("\n").slice(1, 17).join("\n").replace(/^\/\/ ?/gm, ""))
        process.exit(0)
        break
      default:
        throw new Error(`unknown option ${argv[i]} (see --help)`)
    }
  }
  if (options.products.some((n) => !Number.isInteger(n) || n < 1)) throw new Error("--products takes positive whole numbers, e.g. 500,20000")
  if (!Number.isInteger(options.requests) || options.requests < 1) throw new Error("--requests must be a positive whole number")
  if (options.concurrency.some((c) => !Number.isInteger(c) || c < 1)) throw new Error("--concurrency takes whole numbers, e.g. 1,16")
  if (options.url && !options.key) throw new Error("--url needs --key (a publishable key of that backend)")
  return options
}

// ---------------------------------------------------------------------------------------------
// The query mix: what shoppers type, in Vietnamese with and without accents, in English, with
// typos, as they type (prefix), and with the storefront's filters.

const QUERIES = [
  { q: "trà hoa vàng" },
  { q: "tra hoa vang" },
  { q: "nước mắm" },
  { q: "nuoc mam" },
  { q: "ngọc trai hạ long" },
  { q: "ngoc trai" },
  { q: "mật ong" },
  { q: "mat ong rung" },
  { q: "gốm đông triều" },
  { q: "rượu ba kích" },
  { q: "chả mực" },
  { q: "mien dong" },
  { q: "pearl" },
  { q: "fish sauce" },
  { q: "honey" },
  { q: "ngoc trai ha lond" },
  { q: "nuoc mam cai rog" },
  { q: "tra hoa v", mode: "prefix" },
  { q: "tra", stars: "4,5", group: "food" },
  { q: "", stars: "5", sort: "price_asc" },
]

const ROUTES = {
  "GET /store/search": (base, key, item) => {
    const params = new URLSearchParams({ limit: "12" })
    for (const [k, v] of Object.entries(item)) if (v !== "") params.set(k, v)
    return { url: `${base}/store/search?${params}`, init: { headers: { "x-publishable-api-key": key } } }
  },
  "GET /store/products?q=": (base, key, item) => {
    const params = new URLSearchParams({ limit: "12" })
    if (item.q) params.set("q", item.q)
    return { url: `${base}/store/products?${params}`, init: { headers: { "x-publishable-api-key": key } } }
  },
  "POST /store/search": (base, key, item) => ({
    url: `${base}/store/search`,
    init: {
      method: "POST",
      headers: { "x-publishable-api-key": key, "content-type": "application/json" },
      body: JSON.stringify({
        entity: "product",
        filters: item.q ? { q: item.q } : {},
        pagination: { take: 12 },
        ...(item.mode === "prefix" ? { search_options: { match_strategy: "last" } } : {}),
      }),
    },
  }),
  // No query: the floor that every store request pays (publishable key, middlewares, one small read).
  "GET /store/regions": (base, key) => ({ url: `${base}/store/regions?limit=1`, init: { headers: { "x-publishable-api-key": key } } }),
}

const OURS = "GET /store/search"
const FLOOR = "GET /store/regions"
const MEDUSA_SEARCH = "POST /store/search"
// Issue #16's targets at each concurrency, on p95.
const TARGETS = { oursOverFloor: 1.5, medusaOverOurs: 5 }

function countOf(route, body) {
  if (route === FLOOR) return body.count ?? 0
  if (route === "GET /store/search") return body.count ?? 0
  if (route === "GET /store/products?q=") return body.count ?? 0
  return body.results?.[0]?.metadata?.count ?? 0
}

// ---------------------------------------------------------------------------------------------

function percentile(sorted, p) {
  if (!sorted.length) return NaN
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[rank]
}

async function runCase({ base, key, route, concurrency, requests, warmup }) {
  const build = ROUTES[route]
  const call = async (i) => {
    const item = QUERIES[i % QUERIES.length]
    const { url, init } = build(base, key, item)
    const started = performance.now()
    const response = await fetch(url, init)
    const body = await response.json().catch(() => ({}))
    return { ms: performance.now() - started, ok: response.ok, status: response.status, found: countOf(route, body) > 0, i }
  }
  for (let i = 0; i < warmup; i++) await call(i)
  const results = []
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        const i = next++
        results.push(await call(i))
      }
    })
  )
  const elapsed = (performance.now() - started) / 1000
  const latencies = results.map((r) => r.ms).sort((a, b) => a - b)
  const perQuery = new Map()
  for (const r of results) perQuery.set(r.i % QUERIES.length, (perQuery.get(r.i % QUERIES.length) ?? false) || r.found)
  return {
    route,
    concurrency,
    requests: results.length,
    errors: results.filter((r) => !r.ok).length,
    statuses: [...new Set(results.filter((r) => !r.ok).map((r) => r.status))],
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: results.length / elapsed,
    found: [...perQuery.values()].filter(Boolean).length,
  }
}

// ---------------------------------------------------------------------------------------------

async function productCount(databaseUrl) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query("select count(*)::int as n from product where deleted_at is null")
    return rows[0].n
  } catch {
    return 0
  } finally {
    await client.end()
  }
}

/**
 * Refreshes the planner's statistics of every table. A server with autovacuum off (this machine's)
 * never analyses a freshly loaded catalog, and every route is then measured on plans made for
 * empty tables (Medusa's link filters turn into nested loops over 20,000 rows).
 */
async function analyze(databaseUrl) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query("ANALYZE")
  } finally {
    await client.end()
  }
}

/** One database per catalog size, "ocop_bench_<N>", so that sizes never share products. */
async function provideDatabase(products) {
  const name = `ocop_bench_${products}`
  const serverUrl = process.env.OCOP_BENCH_DATABASE_URL || process.env.DATABASE_URL
  if (serverUrl) {
    await checkDatabaseUrl(serverUrl)
    const { default: pg } = await import("pg")
    const admin = new URL(serverUrl)
    admin.pathname = "/postgres"
    const client = new pg.Client({ connectionString: admin.toString() })
    await client.connect()
    const exists = await client.query("select 1 from pg_database where datname = $1", [name])
    if (!exists.rowCount) await client.query(`create database "${name}"`)
    await client.end()
    const url = new URL(serverUrl)
    url.pathname = `/${name}`
    return { url: url.toString(), stop: async () => {} }
  }
  const port = Number(process.env.OCOP_BENCH_PG_PORT || 54322)
  const pg = await startEmbeddedPostgres({ dataDir: path.join(ROOT, ".data", "postgres-bench"), port })
  await pg.createDatabaseIfMissing(name)
  return { url: pg.url(name), stop: () => pg.stop() }
}

function ms(value) {
  return Number.isFinite(value) ? value.toFixed(1).padStart(7) : "      –"
}

function printTable(results, products, options) {
  const header = `| route | clients | p50 ms | p95 ms | p99 ms | req/s | queries answered | errors |`
  const cache = options.url ? "" : options.cache ? ", GET /store/search answer cache on" : ", GET /store/search answer cache off"
  console.log(`\nSearch benchmark: ${products.toLocaleString("en-US")} products, ${QUERIES.length} queries in the mix, ${options.requests} requests a case${cache}\n`)
  console.log(header)
  console.log("|---|---|---|---|---|---|---|---|")
  for (const r of results) {
    console.log(
      `| ${r.route} | ${r.concurrency} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.rps.toFixed(1).padStart(6)} | ` +
        `${r.found}/${QUERIES.length} | ${r.errors}${r.statuses.length ? ` (${r.statuses.join(",")})` : ""} |`
    )
  }
  console.log("\nRatios (GET /store/search against the others; >1 means ours is faster):")
  for (const c of new Set(results.map((r) => r.concurrency))) {
    const ours = results.find((r) => r.route === "GET /store/search" && r.concurrency === c)
    for (const other of results.filter((r) => r.route !== "GET /store/search" && r.concurrency === c)) {
      console.log(
        `  ${c} client${c === 1 ? "" : "s"} vs ${other.route}: p50 ×${(other.p50 / ours.p50).toFixed(2)}, ` +
          `p95 ×${(other.p95 / ours.p95).toFixed(2)}, req/s ×${(ours.rps / other.rps).toFixed(2)}`
      )
    }
  }
  console.log(`\nTargets (p95, same run): ours / ${FLOOR} ≤ ${TARGETS.oursOverFloor}, ${MEDUSA_SEARCH} / ours ≥ ${TARGETS.medusaOverOurs}`)
  console.log("| clients | ours / regions | target | POST /store/search / ours | target |")
  console.log("|---|---|---|---|---|")
  for (const row of targetRatios(results)) {
    const mark = (ok) => (ok ? "met" : "missed")
    console.log(
      `| ${row.concurrency} | ${row.oursOverFloor.toFixed(2)} | ${mark(row.oursOverFloor <= TARGETS.oursOverFloor)} | ` +
        `${row.medusaOverOurs.toFixed(2)} | ${mark(row.medusaOverOurs >= TARGETS.medusaOverOurs)} |`
    )
  }
}

/** Per concurrency: our p95 over the floor's, and Medusa's search p95 over ours. */
function targetRatios(results) {
  return [...new Set(results.map((r) => r.concurrency))].flatMap((concurrency) => {
    const at = (route) => results.find((r) => r.route === route && r.concurrency === concurrency)
    const [ours, floor, medusa] = [at(OURS), at(FLOOR), at(MEDUSA_SEARCH)]
    if (!ours || !floor || !medusa) return []
    return [{ concurrency, oursOverFloor: ours.p95 / floor.p95, medusaOverOurs: medusa.p95 / ours.p95 }]
  })
}

/** Brings up a backend on a catalog of `size` products; answers its URL and publishable key. */
async function startBenchBackend(size, options) {
  const db = await provideDatabase(size)
  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    OCOP_DEV_DEFAULTS: "true",
    MEDUSA_DISABLE_ADMIN: "true",
    NODE_ENV: process.env.NODE_ENV ?? "development",
  }
  console.log(`Migrating the bench database of ${size} products…`)
  await runStep("migrate", path.join(BIN, "medusa"), ["db:migrate"], { cwd: BACKEND_DIR, env })
  const have = await productCount(db.url)
  if (have < size) {
    console.log(`Loading synthetic products (${have} there, ${size} wanted; the seed rebuilds the search index)…`)
    // `medusa exec` refuses unknown --flags, so the count goes as `products=N` (seed-synthetic.ts).
    await runStep("seed:synthetic", "npm", ["run", "seed:synthetic", "--", `products=${size}`], {
      cwd: BACKEND_DIR,
      env: { ...env, SYNTHETIC_PRODUCTS: String(size) },
      verbose: true,
    })
  } else {
    console.log(`Reusing the ${have} products of the bench database.`)
  }
  await analyze(db.url)
  const cwd = options.built ? BACKEND_BUILD_DIR : BACKEND_DIR
  const logFile = dataLog("bench-backend.log")
  const backend = startProcess("backend", path.join(BIN, "medusa"), ["start", "--port", String(options.port)], {
    cwd,
    env: { ...env, PORT: String(options.port), ...(options.cache ? {} : { OCOP_SEARCH_CACHE_MS: "0" }) },
    quiet: true,
    logFile,
  })
  const base = `http://localhost:${options.port}`
  console.log(`Starting the backend on ${base} (log: .data/bench-backend.log)…`)
  if (!(await waitForHttp(`${base}/health`, { isAlive: () => backend.child.exitCode === null }))) {
    throw new Error("the backend did not start; see .data/bench-backend.log")
  }
  const key = await readPublishableKey(db.url)
  const probe = await fetch(`${base}/store/search?limit=1`, { headers: { "x-publishable-api-key": key } }).then((r) => r.json())
  if (!probe.count) {
    console.log("The search index is empty: rebuilding it…")
    await runStep("search:reindex", "npm", ["run", "search:reindex"], { cwd: BACKEND_DIR, env, verbose: true })
  }
  return { base, key, db }
}

async function measure(base, key, options) {
  const products = (await fetch(`${base}/store/products?limit=1`, { headers: { "x-publishable-api-key": key } }).then((r) => r.json())).count
  const results = []
  for (const concurrency of options.concurrency) {
    for (const route of Object.keys(ROUTES)) {
      process.stderr.write(`  ${route}, ${concurrency} client(s)…\n`)
      results.push(await runCase({ base, key, route, concurrency, requests: options.requests, warmup: options.warmup }))
    }
  }
  printTable(results, products, options)
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  let db = null
  const cleanup = async () => {
    await stopAll()
    if (db) await db.stop().catch(() => {})
    db = null
  }
  process.on("SIGINT", () => cleanup().then(() => process.exit(130)))
  process.on("SIGTERM", () => cleanup().then(() => process.exit(143)))

  try {
    if (options.url) return await measure(options.url, options.key, options)
    for (const size of options.products) {
      const started = await startBenchBackend(size, options)
      db = started.db
      await measure(started.base, started.key, options)
      await cleanup()
    }
  } finally {
    await cleanup()
  }
}

main().catch((error) => {
  console.error(`bench:search failed: ${error.message}`)
  if (error.output) console.error(error.output.split("\n").slice(-30).join("\n"))
  process.exitCode = 1
})
