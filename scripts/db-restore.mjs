#!/usr/bin/env node
// `npm run db:restore -- FILE [--into DATABASE_URL] [--force]`: restores a db:backup dump into the
// database (--into, else DATABASE_URL, else the embedded one), creating it if missing. A database
// that already has tables is only replaced with --force. All or nothing: one transaction.
import fs from "node:fs"
import { FatalError, fail } from "./lib/fail.mjs"

function parseArgs(argv) {
  const args = { file: undefined, into: undefined, force: false }
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--force") args.force = true
    else if (argv[i] === "--into") args.into = argv[++i]
    else if (!args.file) args.file = argv[i]
    else fail(`Unexpected argument '${argv[i]}'. Usage: npm run db:restore -- FILE [--into DATABASE_URL] [--force]`)
  }
  if (!args.file) fail("Which dump? Usage: npm run db:restore -- backups/<file>.dump [--into DATABASE_URL] [--force]")
  if (!fs.existsSync(args.file)) fail(`${args.file} does not exist.`)
  return args
}

async function main() {
  const { databaseUrlFromEnv, findPgTool, runPgTool, safeUrl, serverMajor, withClient } = await import("./lib/pg-tools.mjs")
  const args = parseArgs(process.argv.slice(2))
  const url = args.into || databaseUrlFromEnv()
  const target = new URL(url)
  const database = target.pathname.slice(1)
  if (!database) fail(`${safeUrl(url)} names no database.`)

  // Create the database when missing (through the server's maintenance database).
  const maintenance = new URL(url)
  maintenance.pathname = "/postgres"
  const major = await serverMajor(maintenance.toString())
  await withClient(maintenance.toString(), async (client) => {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [database])
    if (!rowCount) await client.query(`create database "${database.replace(/"/g, '""')}"`)
  })

  const tables = await withClient(url, async (client) => {
    const { rows } = await client.query(
      "select count(*)::int as n from pg_tables where schemaname not in ('pg_catalog', 'information_schema')"
    )
    return rows[0].n
  })
  if (tables > 0 && !args.force) {
    fail(
      `${safeUrl(url)} already has ${tables} tables: restoring would replace them. ` +
        "Restore into an empty database (--into postgres://…/new_name) or add --force to replace its contents."
    )
  }

  const pgRestore = findPgTool("pg_restore", major)
  runPgTool(
    pgRestore,
    [
      "--no-owner",
      "--no-privileges",
      "--single-transaction",
      "--exit-on-error",
      ...(tables > 0 ? ["--clean", "--if-exists"] : []),
      `--dbname=${url}`,
      args.file,
    ],
    "pg_restore"
  )
  console.log(`Restored ${args.file} into ${safeUrl(url)}.`)
}

main().catch((error) => {
  console.error(error instanceof FatalError ? `db:restore: ${error.message}` : error)
  process.exit(1)
})
