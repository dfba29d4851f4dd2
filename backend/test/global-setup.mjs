// Gives the Medusa test runner a PostgreSQL (embedded unless DATABASE_URL is set) and a migrated
// template database on it; each test file then copies the template into a database of its own
// (integration-tests/helpers/runner.ts) and drops it at the end.
import path from "node:path"
import { fileURLToPath } from "node:url"
import { provideTestDatabase } from "../../scripts/lib/test-database.mjs"
import { createMigratedTemplate } from "./template-database.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")

export default async function setup() {
  // When npm test already started one, reuse it.
  let db = null
  if (!(process.env.DB_HOST && process.env.DB_PORT)) {
    db = await provideTestDatabase(root)
    Object.assign(process.env, db.env)
  }
  // OCOP_TEST_TEMPLATE=off migrates each file's database from nothing, as Medusa's runner does.
  if (process.env.OCOP_TEST_TEMPLATE === "off") return async () => db?.stop()
  const template = await createMigratedTemplate(process.env)
  process.env.OCOP_TEST_TEMPLATE_DB = template.name
  return async () => {
    await template.drop()
    await db?.stop()
  }
}
