// Gives the Medusa test runner a PostgreSQL (embedded unless DATABASE_URL is set); the runner
// then creates and drops a temporary database of its own per test file.
import path from "node:path"
import { fileURLToPath } from "node:url"
import { provideTestDatabase } from "../../scripts/lib/test-database.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")

export default async function setup() {
  // When npm test already started one, reuse it.
  if (process.env.DB_HOST && process.env.DB_PORT) return async () => {}
  const db = await provideTestDatabase(root)
  Object.assign(process.env, db.env)
  return () => db.stop()
}
