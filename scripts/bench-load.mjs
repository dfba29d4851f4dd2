#!/usr/bin/env node
// `npm run bench:load [-- --connections 50 --duration 60]`
//
// Load benchmark of the production shape: the BUILT backend as a server process
// (MEDUSA_WORKER_MODE=server) and a worker process (MEDUSA_WORKER_MODE=worker) on PostgreSQL and
// Redis, under a shopper mix run with autocannon (scripts/lib/load-mix.mjs): browse, search,
// add-to-cart and a full cash-on-delivery checkout, all at once over --connections for --duration
// seconds, with the BUILT storefront (--storefront-port, default --port + 2) answering page views
// (home, product, search) and a static file. Prints p50/p95/p99 and the error rate per endpoint as
// a markdown table, and each endpoint's p95 as a ratio of its baseline measured in the same run
// (pages: the static file; store routes: GET /store/regions) against issue #16's targets. Before
// the measured run, each page and store read of the mix is asked for once (a shop open a while has
// rendered its pages), then a 5 s mix at 10 connections warms the rest; neither is measured.
//
// Database: OCOP_BENCH_DATABASE_URL (its server; its name, else "ocop_bench_load"), else a database
// "ocop_bench_load" on DATABASE_URL's server,
// else an embedded PostgreSQL of its own (.data/postgres-bench, port 54322); created, migrated and
// seeded each run, dropped at its end. Redis: REDIS_URL when set (give it a server nothing else uses),
// else a redis-server of its own on --redis-port (default 6392). Ports: --port (9170) for the
// server, --port + 1 for the worker. The backend is built first when there is no build.
// --template NAME copies a migrated and seeded database of that server instead (much faster).

import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { spawn } from "node:child_process"
import crypto from "node:crypto"
import { BACKEND_BUILD_DIR, ROOT, STOREFRONT_DIR, buildAll, dataLog, migrate, readPublishableKey, seed, startBackend, startStorefront } from "./lib/stack.mjs"
import { stopAll } from "./lib/processes.mjs"
import { checkDatabaseUrl, hasCommand, startEmbeddedPostgres } from "./lib/postgres.mjs"
import { Recorder, runMix, table, warmUp } from "./lib/load-mix.mjs"
import { SHIPPING_ADDRESS, STANDARD_SHIPPING, adminToken, createStockedProduct, withClient } from "./lib/load-shop.mjs"

function parseArgs(argv) {
  const options = { connections: 50, duration: 60, port: 9170, storefrontPort: null, redisPort: 6392, template: null }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=")
    const value = () => Number(inline ?? argv[++i])
    switch (flag) {
      case "--connections": options.connections = value(); break
      case "--duration": options.duration = value(); break
      case "--port": options.port = value(); break
      case "--storefront-port": options.storefrontPort = value(); break
      case "--redis-port": options.redisPort = value(); break
      case "--template": options.template = inline ?? argv[++i]; break
      case "-h":
      case "--help":
        console.log(fs.readFileSync(new URL(import.meta.url), "utf8").split("\n").slice(1).filter((l, i, all) => all.slice(0, i + 1).every((x) => x.startsWith("//"))).join("\n").replace(/^\/\/ ?/gm, ""))
        process.exit(0)
        break
      default:
        throw new Error(`unknown option ${argv[i]} (see --help)`)
    }
  }
  options.storefrontPort ??= options.port + 2
  for (const [name, v] of Object.entries(options)) {
    if (name !== "template" && (!Number.isInteger(v) || v < 1)) throw new Error(`--${name} must be a positive whole number`)
  }
  return options
}

/** A fresh database every run: the numbers never depend on what an earlier run left. */
async function provideDatabase(template) {
  let name = "ocop_bench_load"
  let base
  let stop = async () => {}
  if (process.env.OCOP_BENCH_DATABASE_URL || process.env.DATABASE_URL) {
    const given = process.env.OCOP_BENCH_DATABASE_URL || process.env.DATABASE_URL
    const u = new URL(given)
    const server = new URL(given)
    server.pathname = "/postgres"
    await checkDatabaseUrl(server.toString())
    if (process.env.OCOP_BENCH_DATABASE_URL && u.pathname.length > 1) name = decodeURIComponent(u.pathname.slice(1))
    u.pathname = ""
    base = u.toString().replace(/\/$/, "")
  } else {
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(ROOT, ".data", "postgres-bench"), port: Number(process.env.OCOP_BENCH_PG_PORT || 54322) })
    base = embedded.baseUrl
    stop = () => embedded.stop()
  }
  await withClient(`${base}/postgres`, async (c) => {
    await c.query(`drop database if exists "${name}" with (force)`)
    await c.query(template ? `create database "${name}" template "${template}"` : `create database "${name}"`)
  })
  // Dropped at the end: every run starts from a fresh copy anyway.
  const drop = () => withClient(`${base}/postgres`, (c) => c.query(`drop database if exists "${name}" with (force)`))
  return { url: `${base}/${name}`, stop: async () => (await drop().catch(() => {}), await stop()) }
}

/** REDIS_URL, or a redis-server of the benchmark's own (no persistence needed). */
async function provideRedis(port) {
  if (process.env.REDIS_URL) return { url: process.env.REDIS_URL, stop: async () => {} }
  if (!hasCommand("redis-server")) throw new Error("No Redis: set REDIS_URL, or install redis-server.")
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-bench-redis-"))
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", ""], { stdio: "ignore" })
  const url = `redis://127.0.0.1:${port}`
  const { default: Redis } = await import("ioredis")
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null })
  for (let i = 0; ; i++) {
    try {
      await probe.connect()
      await probe.ping()
      break
    } catch {
      if (i > 50 || child.exitCode !== null) throw new Error(`redis-server did not start on port ${port} (taken?)`)
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  probe.disconnect()
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM")
        await new Promise((r) => child.once("exit", r))
      }
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

async function ok(response, what) {
  const body = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status} ${JSON.stringify(body).slice(0, 300)}`)
  return body
}

/** What the flows need: product ids to browse, and a product with stock for every checkout. */
async function prepareShop(url, databaseUrl, publishableKey) {
  const store = { "x-publishable-api-key": publishableKey, "content-type": "application/json" }
  const token = await adminToken(url)
  const { regionId, variantId } = await createStockedProduct(url, token, databaseUrl, { stock: 1_000_000, title: "Trà hoa vàng (benchmark)" })
  const { products } = await ok(await fetch(`${url}/store/products?limit=100&fields=id,handle`, { headers: store }), "products")
  // The standard shipping option, read once through a throwaway cart with an address.
  const post = async (path, body, what) => ok(await fetch(`${url}${path}`, { method: "POST", headers: store, body: JSON.stringify(body) }), what)
  const { cart } = await post("/store/carts", { region_id: regionId }, "cart")
  await post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 }, "item")
  await post(`/store/carts/${cart.id}`, { shipping_address: SHIPPING_ADDRESS }, "address")
  const { shipping_options } = await ok(await fetch(`${url}/store/shipping-options?cart_id=${cart.id}`, { headers: store }), "shipping options")
  const standard = shipping_options.find((o) => o.name === STANDARD_SHIPPING) ?? shipping_options[0]
  return { regionId, variantId, productIds: products.map((p) => p.id), productHandles: products.map((p) => p.handle), shippingOptionId: standard.id }
}

function countOrders(databaseUrl) {
  return withClient(databaseUrl, async (c) => (await c.query('select count(*)::int as n from "order" where deleted_at is null')).rows[0].n)
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  let db = null
  let redis = null
  const cleanup = async () => {
    await stopAll()
    await redis?.stop().catch(() => {})
    await db?.stop().catch(() => {})
  }
  process.on("SIGINT", () => cleanup().then(() => process.exit(130)))
  process.on("SIGTERM", () => cleanup().then(() => process.exit(143)))

  try {
    const quiet = { LOG_LEVEL: process.env.LOG_LEVEL || "error", OCOP_DEV_DEFAULTS: "true", MEDUSA_DISABLE_ADMIN: "true" }
    const nextDist = path.join(STOREFRONT_DIR, process.env.OCOP_NEXT_DIST_DIR || ".next")
    if (!fs.existsSync(BACKEND_BUILD_DIR) || !fs.existsSync(path.join(nextDist, "BUILD_ID"))) {
      console.log("Building…")
      await buildAll({ ...process.env, ...quiet })
    }
    db = await provideDatabase(options.template)
    redis = await provideRedis(options.redisPort)
    const url = `http://localhost:${options.port}`
    const storefrontUrl = `http://localhost:${options.storefrontPort}`
    // The storefront caches catalog reads and the backend expires them on change, as in production.
    const env = {
      ...process.env,
      ...quiet,
      DATABASE_URL: db.url,
      MEDUSA_FILE_BASE_URL: url,
      STOREFRONT_URL: storefrontUrl,
      REVALIDATE_SECRET: process.env.REVALIDATE_SECRET || crypto.randomBytes(32).toString("base64url"),
    }
    delete env.REDIS_URL
    if (!options.template) {
      console.log("Migrating and seeding the benchmark database…")
      await migrate(env)
      await seed(env)
    }
    const publishableKey = await readPublishableKey(db.url)

    const logFile = dataLog("bench-load-backend.log")
    const roleEnv = (mode) => ({ ...env, REDIS_URL: redis.url, MEDUSA_WORKER_MODE: mode })
    console.log(`Starting the worker (:${options.port + 1}) and the server (:${options.port}) on Redis ${redis.url}…`)
    await startBackend(roleEnv("worker"), options.port + 1, { quiet: true, logFile })
    // The server as `npm run start:server` runs it: one process per core (cluster mode).
    await startBackend(roleEnv("server"), options.port, { quiet: true, logFile, cluster: os.availableParallelism() })

    console.log(`Starting the storefront (${storefrontUrl})…`)
    await startStorefront(env, options.storefrontPort, { backendUrl: url, publishableKey }, { quiet: true, logFile })

    const shop = await prepareShop(url, db.url, publishableKey)
    const ordersBefore = await countOrders(db.url)
    // A warm-up, not measured: each page and store read once, then a short mix (route compilation,
    // connection pools, caches).
    const warmed = await warmUp({ url, storefrontUrl, publishableKey, shop })
    console.log(`Warmed up ${warmed} pages and store reads, each once.`)
    await runMix({ url, storefrontUrl, publishableKey, shop, connections: 10, duration: 5, recorder: new Recorder() })

    console.log(`Running the mix: ${options.connections} connections for ${options.duration} s…`)
    const recorder = new Recorder()
    const started = Date.now()
    await runMix({ url, storefrontUrl, publishableKey, shop, connections: options.connections, duration: options.duration, recorder })
    const seconds = (Date.now() - started) / 1000
    const placed = (await countOrders(db.url)) - ordersBefore
    const completions = recorder.byLabel.get("POST /store/carts/:id/complete")

    console.log(`\nLoad benchmark: ${options.connections} connections for ${options.duration} s, server + worker on PostgreSQL and Redis, ${os.cpus().length} CPU cores`)
    console.log(`(mix: browse 30 %, storefront page views 16 %, search 20 %, add-to-cart 18 %, COD checkout 16 % of the connections)\n`)
    console.log(table(recorder, seconds))
    console.log(`\nOrders placed during the run: ${placed} (completions answered: ${completions?.latencies.length ?? 0}).`)
    return 0
  } finally {
    await cleanup()
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(`bench:load: ${error?.message ?? error}`)
    if (error?.output) console.error(error.output.split("\n").slice(-30).join("\n"))
    process.exit(1)
  })
