#!/usr/bin/env node
// `npm run db:backup [-- --out FILE]`: a pg_dump (custom format) of DATABASE_URL, or of the embedded
// database of `npm start` while it runs, into backups/<database>-<UTC time>.dump.
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { FatalError } from "./lib/fail.mjs"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")

async function main() {
  const { databaseUrlFromEnv, findPgTool, runPgTool, safeUrl, serverMajor } = await import("./lib/pg-tools.mjs")
  const url = databaseUrlFromEnv()
  const pgDump = findPgTool("pg_dump", await serverMajor(url))
  const outIndex = process.argv.indexOf("--out")
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15)
  const database = new URL(url).pathname.slice(1) || "postgres"
  const file = outIndex > 0 ? path.resolve(process.argv[outIndex + 1]) : path.join(ROOT, "backups", `${database}-${stamp}.dump`)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  // Owners and grants stay out: the dump restores as whichever user restores it.
  runPgTool(pgDump, ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${url}`], "pg_dump")
  const size = (fs.statSync(file).size / 1024 / 1024).toFixed(1)
  const relative = path.relative(process.cwd(), file)
  const shown = relative.startsWith("..") ? file : relative
  console.log(`Backup of ${safeUrl(url)} written to ${shown} (${size} MB).`)
  console.log(`Restore it with: npm run db:restore -- ${shown} [--into DATABASE_URL] [--force]`)
}

main().catch((error) => {
  console.error(error instanceof FatalError ? `db:backup: ${error.message}` : error)
  process.exit(1)
})
