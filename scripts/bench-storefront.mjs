#!/usr/bin/env node
// `npm run bench:storefront [-- --requests 200 --concurrency 8 --runs 3 --html-dir DIR]`
//
// Storefront benchmark against the production builds (`next build`, `medusa build`; built first
// when missing): a fresh database seeded with the development catalog (61 products), the built
// backend and `next start` on ports of their own (--backend-port 9460, --storefront-port 8460).
// For the home, search and product pages it prints
//   - TTFB p50/p95 (time to the first byte of the answer) with --concurrency clients (8),
//   - LCP in headless Chromium (PerformanceObserver 'largest-contentful-paint'), phone 390 px and
//     desktop 1280 px, the median of --runs page loads after one warm-up load,
//   - first-load JavaScript per route, gzipped, from the build's manifests in .next,
//   - each page's weight: its HTML (raw and gzipped), the stylesheets that block its first paint and the
//     RSC payload inlined for hydration (self.__next_f, which carries the client components' messages);
//     --html-dir DIR also saves the pages' HTML there,
// as markdown tables, against the targets LCP <= 1.5 s and first-load JS <= 180 KB gz.
//
// Database: a new database on OCOP_BENCH_PG_BASE_URL (e.g. postgres://postgres@localhost:5432) or on
// DATABASE_URL's server, else on an embedded PostgreSQL of its own (.data/postgres-bench-storefront,
// port 54323); it is dropped at the end. OCOP_BACKEND_BUILD_DIR / OCOP_NEXT_DIST_DIR pick other builds.

import fs from "node:fs"
import http from "node:http"
import path from "node:path"
import { performance } from "node:perf_hooks"
import zlib from "node:zlib"
import {
  BACKEND_BUILD_DIR,
  ROOT,
  STOREFRONT_DIR,
  buildAll,
  dataLog,
  migrate,
  readPublishableKey,
  seed,
  startBackend,
  startStorefront,
} from "./lib/stack.mjs"
import { stopAll } from "./lib/processes.mjs"
import { firstLoadJs } from "./lib/first-load-js.mjs"
import { randomSecrets } from "./lib/secrets.mjs"
import { checkDatabaseUrl, startEmbeddedPostgres } from "./lib/postgres.mjs"
import { CHROMIUM_ARGS, findChromium } from "./lib/chromium.mjs"

const LCP_TARGET_MS = 1500
const JS_TARGET_KB = 180
const NEXT_DIST_DIR = path.join(STOREFRONT_DIR, process.env.OCOP_NEXT_DIST_DIR || ".next")
const VIEWPORTS = {
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 900 } },
}

function parseArgs(argv) {
  const options = { requests: 200, concurrency: 8, runs: 3, warmup: 10, backendPort: 9460, storefrontPort: 8460 }
  let htmlDir = null
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=")
    const value = () => Number(inline ?? argv[++i])
    switch (flag) {
      case "--html-dir": htmlDir = path.resolve(inline ?? argv[++i]); break
      case "--requests": options.requests = value(); break
      case "--concurrency": options.concurrency = value(); break
      case "--runs": options.runs = value(); break
      case "--warmup": options.warmup = value(); break
      case "--backend-port": options.backendPort = value(); break
      case "--storefront-port": options.storefrontPort = value(); break
      case "-h":
      case "--help":
        console.log(fs.readFileSync(new URL(import.meta.url), "utf8").split("\n").slice(1, 20).join("\n").replace(/^\/\/ ?/gm, ""))
        process.exit(0)
        break
      default:
        throw new Error(`unknown option ${argv[i]} (see --help)`)
    }
  }
  for (const [name, n] of Object.entries(options)) {
    if (!Number.isInteger(n) || n < (name === "warmup" ? 0 : 1)) throw new Error(`--${name} must be a whole number`)
  }
  return { ...options, htmlDir }
}

// ---------------------------------------------------------------------------------------------
// Database and stack

async function provideDatabase() {
  const name = `ocop_bench_storefront_${Date.now()}`
  let base = process.env.OCOP_BENCH_PG_BASE_URL
  let stopServer = async () => {}
  if (!base && process.env.DATABASE_URL) {
    await checkDatabaseUrl(process.env.DATABASE_URL)
    const url = new URL(process.env.DATABASE_URL)
    url.pathname = ""
    base = url.toString().replace(/\/$/, "")
  }
  if (!base) {
    const pg = await startEmbeddedPostgres({ dataDir: path.join(ROOT, ".data", "postgres-bench-storefront"), port: Number(process.env.OCOP_BENCH_PG_PORT || 54323) })
    base = pg.baseUrl
    stopServer = () => pg.stop()
  }
  const { default: pg } = await import("pg")
  const admin = new pg.Client({ connectionString: `${base}/postgres` })
  await admin.connect()
  await admin.query(`create database "${name}"`)
  return {
    url: `${base}/${name}`,
    async drop() {
      await admin.query(`drop database if exists "${name}" with (force)`).catch(() => {})
      await admin.end()
      await stopServer()
    },
  }
}

// ---------------------------------------------------------------------------------------------
// TTFB: `concurrency` clients, each asking again as soon as its answer is complete.

function timedGet(url) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const request = http.get(url, { headers: { "accept-encoding": "gzip" } }, (response) => {
      const ttfb = performance.now() - started
      response.on("data", () => {})
      response.on("end", () => resolve({ ttfb, total: performance.now() - started, status: response.statusCode }))
    })
    request.on("error", reject)
  })
}

function percentile(sorted, p) {
  if (!sorted.length) return NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

async function measureTtfb(url, { requests, concurrency, warmup }) {
  for (let i = 0; i < warmup; i++) await timedGet(url)
  const results = []
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < requests) results.push(await timedGet(url))
    })
  )
  const seconds = (performance.now() - started) / 1000
  const ttfb = results.map((r) => r.ttfb).sort((a, b) => a - b)
  const total = results.map((r) => r.total).sort((a, b) => a - b)
  return {
    p50: percentile(ttfb, 50),
    p95: percentile(ttfb, 95),
    totalP50: percentile(total, 50),
    rps: results.length / seconds,
    errors: results.filter((r) => r.status !== 200).length,
  }
}

// ---------------------------------------------------------------------------------------------
// Page weight: one answer's HTML, its render-blocking stylesheets and its inlined RSC payload.

async function pageWeight(url) {
  const html = await fetch(url).then((response) => response.text())
  const flight = [...html.matchAll(/self\.__next_f\.push\((\[[\s\S]*?\])\)<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[1]), 0)
  return {
    html,
    kb: Buffer.byteLength(html) / 1024,
    gzKb: zlib.gzipSync(html, { level: 9 }).length / 1024,
    stylesheets: (html.match(/<link\b[^>]*\brel="stylesheet"[^>]*>/g) ?? []).length,
    flightKb: flight / 1024,
  }
}

// ---------------------------------------------------------------------------------------------
// LCP in headless Chromium

const LCP_OBSERVER = () => {
  window.__lcp = null
  new PerformanceObserver((list) => {
    const entries = list.getEntries()
    const last = entries[entries.length - 1]
    if (last) window.__lcp = { ms: last.startTime, element: last.element ? last.element.tagName.toLowerCase() + (last.element.className ? `.${String(last.element.className).split(" ")[0]}` : "") : last.url || "?" }
  }).observe({ type: "largest-contentful-paint", buffered: true })
}

async function measureLcp(browser, url, device, runs) {
  const samples = []
  let element = ""
  // One warm-up load (server caches, compiled templates), then `runs` fresh contexts (cold browser cache).
  for (let i = 0; i <= runs; i++) {
    const context = await browser.newContext(VIEWPORTS[device])
    const page = await context.newPage()
    await page.addInitScript(LCP_OBSERVER)
    // A loaded machine can take long: a slow load is a result to report, not a failure.
    await page.goto(url, { waitUntil: "load", timeout: 180_000 })
    await page.waitForTimeout(500)
    const lcp = await page.evaluate(() => window.__lcp)
    await context.close()
    if (i === 0 || !lcp) continue
    samples.push(lcp.ms)
    element = lcp.element
  }
  samples.sort((a, b) => a - b)
  return { ms: samples.length ? samples[Math.floor(samples.length / 2)] : NaN, element }
}

// ---------------------------------------------------------------------------------------------
// First-load JS from the build: Next's root chunks plus every chunk the route's layouts, error and
// not-found boundaries and page name in its client reference manifest.

// ---------------------------------------------------------------------------------------------

function fmt(ms) {
  return Number.isFinite(ms) ? `${Math.round(ms)}` : "–"
}

const STATIC_RATIO_TARGET = 5

function ratio(ms, floorMs) {
  const r = ms / Math.max(floorMs, 0.1)
  return `${r.toFixed(1)} ${verdict(r <= STATIC_RATIO_TARGET)}`
}

function verdict(ok) {
  return ok ? "✓" : "✗"
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  const { chromium } = await import("playwright-core")
  const executablePath = findChromium()

  if (!fs.existsSync(BACKEND_BUILD_DIR) || !fs.existsSync(path.join(NEXT_DIST_DIR, "BUILD_ID"))) {
    console.log("Building (the benchmark runs the production builds)…")
    await buildAll(process.env)
  }

  let db = null
  const cleanup = async () => {
    await stopAll()
    if (db) await db.drop().catch(() => {})
    db = null
  }
  process.on("SIGINT", () => cleanup().then(() => process.exit(130)))
  process.on("SIGTERM", () => cleanup().then(() => process.exit(143)))

  let browser = null
  try {
    db = await provideDatabase()
    const backendUrl = `http://localhost:${options.backendPort}`
    const storefrontUrl = `http://localhost:${options.storefrontPort}`
    // As `npm start` runs them: with the secrets, so the storefront caches catalog reads and the
    // backend expires them on change (REVALIDATE_SECRET; without it every page is read afresh).
    const env = {
      ...process.env,
      ...randomSecrets(),
      DATABASE_URL: db.url,
      OCOP_DEV_DEFAULTS: "true",
      MEDUSA_FILE_BASE_URL: backendUrl,
      MEDUSA_DISABLE_ADMIN: "true",
      LOG_LEVEL: "error",
      STOREFRONT_URL: storefrontUrl,
    }
    console.log("Migrating and seeding a fresh database…")
    await migrate(env)
    await seed(env)
    const publishableKey = await readPublishableKey(db.url)
    const logFile = dataLog("bench-storefront.log")
    console.log(`Starting the built backend (${backendUrl}) and storefront (${storefrontUrl}); log: .data/bench-storefront.log`)
    await startBackend(env, options.backendPort, { quiet: true, logFile })
    await startStorefront(env, options.storefrontPort, { backendUrl, publishableKey }, { quiet: true, logFile })

    const hit = await fetch(`${backendUrl}/store/search?q=tra+hoa+vang&limit=1`, { headers: { "x-publishable-api-key": publishableKey } }).then((r) => r.json())
    const handle = hit.hits?.[0]?.handle
    if (!handle) throw new Error("the seeded catalog has no product to open")
    const pages = [
      { name: "home", path: "/vi", route: "/[locale]" },
      { name: "search", path: "/vi/search?q=tra", route: "/[locale]/search" },
      { name: "product", path: `/vi/products/${handle}`, route: "/[locale]/products/[handle]" },
    ]

    // The floor: a static file of the same server under the same load (issue #16: catalog pages'
    // TTFB within 5× of it). public/embed.js is served by Next without rendering anything.
    process.stderr.write(`  static file: TTFB with ${options.concurrency} clients…\n`)
    const floor = await measureTtfb(`${storefrontUrl}/embed.js`, options)

    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
    const rows = []
    for (const page of pages) {
      const url = `${storefrontUrl}${page.path}`
      process.stderr.write(`  ${page.name}: TTFB with ${options.concurrency} clients…\n`)
      const ttfb = await measureTtfb(url, options)
      process.stderr.write(`  ${page.name}: LCP (phone, desktop)…\n`)
      const phone = await measureLcp(browser, url, "phone", options.runs)
      const desktop = await measureLcp(browser, url, "desktop", options.runs)
      const weight = await pageWeight(url)
      if (options.htmlDir) {
        fs.mkdirSync(options.htmlDir, { recursive: true })
        fs.writeFileSync(path.join(options.htmlDir, `${page.name}.html`), weight.html)
      }
      rows.push({ ...page, ttfb, phone, desktop, weight })
    }
    const js = firstLoadJs(NEXT_DIST_DIR)

    const load = (await import("node:os")).loadavg().map((l) => l.toFixed(1)).join(" / ")
    console.log(
      `\nStorefront benchmark (production builds, 61 seeded products; ${options.requests} requests a page with ${options.concurrency} clients; ` +
        `LCP median of ${options.runs} cold loads; load average during the run ${load} on ${(await import("node:os")).cpus().length} cores)\n`
    )
    console.log("| page | TTFB p50 ms | TTFB p95 ms | p95 ÷ static | full answer p50 ms | req/s | LCP phone ms | LCP desktop ms | first-load JS gz |")
    console.log("|---|---|---|---|---|---|---|---|---|")
    console.log(`| static file (\`/embed.js\`) | ${fmt(floor.p50)} | ${fmt(floor.p95)} | 1.0 | ${fmt(floor.totalP50)} | ${floor.rps.toFixed(1)} | – | – | – |`)
    for (const r of rows) {
      const kb = js.get(r.route)
      console.log(
        `| ${r.name} (\`${r.path}\`) | ${fmt(r.ttfb.p50)} | ${fmt(r.ttfb.p95)} | ${ratio(r.ttfb.p95, floor.p95)} | ${fmt(r.ttfb.totalP50)} | ${r.ttfb.rps.toFixed(1)} | ` +
          `${fmt(r.phone.ms)} ${verdict(r.phone.ms <= LCP_TARGET_MS)} | ${fmt(r.desktop.ms)} ${verdict(r.desktop.ms <= LCP_TARGET_MS)} | ` +
          `${kb === undefined ? "–" : `${kb.toFixed(1)} KB ${verdict(kb <= JS_TARGET_KB)}`} |` +
          (r.ttfb.errors ? ` (${r.ttfb.errors} answers not 200)` : "")
      )
    }
    console.log(`\nTargets: catalog pages' TTFB p95 ≤ ${STATIC_RATIO_TARGET}× the static file's, LCP ≤ ${LCP_TARGET_MS} ms, first-load JS ≤ ${JS_TARGET_KB} KB gz. LCP elements: ${rows.map((r) => `${r.name} ${r.phone.element}/${r.desktop.element}`).join(", ")}.`)
    console.log("\nPage weight (one answer)" + (options.htmlDir ? `; HTML saved in ${options.htmlDir}` : "") + ":\n")
    console.log("| page | HTML KB | HTML KB gz | stylesheets | RSC payload KB (self.__next_f) |")
    console.log("|---|---|---|---|---|")
    for (const { name, weight: w } of rows) {
      console.log(`| ${name} | ${w.kb.toFixed(1)} | ${w.gzKb.toFixed(1)} | ${w.stylesheets} | ${w.flightKb.toFixed(1)} |`)
    }
    console.log("\nFirst-load JS of every route (gzip -9 of the chunks in the build's manifests):\n")
    console.log("| route | KB gz |")
    console.log("|---|---|")
    for (const [route, kb] of [...js.entries()].sort()) console.log(`| \`${route}\` | ${kb.toFixed(1)} ${verdict(kb <= JS_TARGET_KB)} |`)
  } finally {
    await browser?.close().catch(() => {})
    await cleanup()
  }
}

main().catch((error) => {
  console.error(`bench:storefront failed: ${error.message}`)
  if (error.output) console.error(error.output.split("\n").slice(-30).join("\n"))
  process.exitCode = 1
})
