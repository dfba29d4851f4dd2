#!/usr/bin/env node
// `npm test`: every workspace's vitest suite, one after another, on a real PostgreSQL
// (embedded unless DATABASE_URL is set), ending with one "N passed, N failed" line.
import fs from "node:fs"
import path from "node:path"
import { spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { ensureInstalled } from "./lib/install.mjs"
import { FatalError } from "./lib/fail.mjs"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const WORKSPACES = ["packages/ocop-core", "packages/vn-places", "packages/vietqr", "packages/search-meilisearch", "backend", "storefront"]
const RESULTS_DIR = path.join(ROOT, ".data", "test-results")

async function main() {
  ensureInstalled(ROOT)
  const { findChromium } = await import("./lib/chromium.mjs")
  const { provideTestDatabase } = await import("./lib/test-database.mjs")
  const { buildAll } = await import("./lib/stack.mjs")

  const chromium = findChromium()
  const db = await provideTestDatabase(ROOT)
  const env = { ...process.env, ...db.env, OCOP_TEST_PG_BASE_URL: db.baseUrl, CHROMIUM_PATH: chromium, OCOP_DEV_DEFAULTS: "true", LOG_LEVEL: process.env.LOG_LEVEL || "error" }
  delete env.DATABASE_URL // each suite makes its own databases on that server
  try {
    console.log("Building…")
    await buildAll(env)
    fs.rmSync(RESULTS_DIR, { recursive: true, force: true })
    fs.mkdirSync(RESULTS_DIR, { recursive: true })
    const only = process.argv.slice(2)
    const totals = { passed: 0, failed: 0, skipped: 0 }
    let failedRuns = 0
    for (const workspace of WORKSPACES.filter((w) => only.length === 0 || only.some((o) => w.includes(o)))) {
      console.log(`\n=== ${workspace}`)
      const resultFile = path.join(RESULTS_DIR, `${path.basename(workspace)}.json`)
      const run = spawnSync(
        path.join(ROOT, "node_modules", ".bin", "vitest"),
        ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${resultFile}`],
        { cwd: path.join(ROOT, workspace), env, stdio: "inherit" }
      )
      if (run.status !== 0) failedRuns++
      const counts = readCounts(resultFile)
      totals.passed += counts.passed
      totals.failed += counts.failed
      totals.skipped += counts.skipped
    }
    // A suite that crashed before reporting still fails the run.
    if (failedRuns > 0 && totals.failed === 0) totals.failed = failedRuns
    console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`)
    return totals.failed === 0 && failedRuns === 0 ? 0 : 1
  } finally {
    await db.stop()
  }
}

function readCounts(file) {
  if (!fs.existsSync(file)) return { passed: 0, failed: 0, skipped: 0 }
  const report = JSON.parse(fs.readFileSync(file, "utf8"))
  return {
    passed: report.numPassedTests ?? 0,
    // A file that failed in a hook has no failed test of its own: count the file.
    failed:
      (report.numFailedTests ?? 0) +
      (report.testResults ?? []).filter(
        (file) => file.status === "failed" && !(file.assertionResults ?? []).some((test) => test.status === "failed")
      ).length,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(error instanceof FatalError ? `npm test: ${error.message}` : error)
    process.exit(1)
  })
