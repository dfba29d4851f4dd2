// One database migrated once per test run, which every integration test file's database is copied
// from (integration-tests/helpers/runner.ts). Medusa's test runner otherwise applies all of Medusa's
// migrations again for each file: about 20 s a file, most of a file's time (measured 2026-12-03).
import path from "node:path"
import { spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import pg from "pg"

const backend = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")

function serverClient(env) {
  return new pg.Client({
    host: env.DB_HOST ?? "localhost",
    port: Number(env.DB_PORT ?? 5432),
    user: env.DB_USERNAME ?? "postgres",
    password: env.DB_PASSWORD ?? "",
    database: "postgres",
  })
}

/** Creates and migrates the template; returns its name and how to drop it. */
export async function createMigratedTemplate(env = process.env) {
  const name = `ocop-test-template-${process.pid}-${Date.now()}`
  const client = serverClient(env)
  await client.connect()
  try {
    await client.query(`CREATE DATABASE "${name}"`)
  } finally {
    await client.end()
  }
  const password = env.DB_PASSWORD ? `:${encodeURIComponent(env.DB_PASSWORD)}` : ""
  const url = `postgres://${encodeURIComponent(env.DB_USERNAME ?? "postgres")}${password}@${env.DB_HOST ?? "localhost"}:${env.DB_PORT ?? 5432}/${name}`
  // The same steps as the runner's own before the app starts: module migrations and link tables;
  // search indexes stay per file, as the runner makes them after loading the app.
  const run = spawnSync(
    "npx",
    ["--no-install", "medusa", "db:migrate", "--skip-scripts", "--skip-search", "--execute-all-links"],
    { cwd: backend, env: { ...env, DATABASE_URL: url, LOG_LEVEL: "error" }, encoding: "utf8" }
  )
  const drop = () => dropDatabase(env, name)
  if (run.status !== 0) {
    await drop()
    throw new Error(`Migrating the test template database failed:\n${run.stdout}\n${run.stderr}`)
  }
  return { name, drop }
}

async function dropDatabase(env, name) {
  const client = serverClient(env)
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  } finally {
    await client.end()
  }
}
