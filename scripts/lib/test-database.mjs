// The PostgreSQL that tests use: DATABASE_URL's server when set, else an embedded one with
// its own data folder and port, so tests never touch the data of a running `npm start`.
import path from "node:path"
import { startEmbeddedPostgres, checkDatabaseUrl, testRunnerEnvFromUrl } from "./postgres.mjs"

export async function provideTestDatabase(root) {
  if (process.env.DATABASE_URL) {
    await checkDatabaseUrl(process.env.DATABASE_URL)
    const base = new URL(process.env.DATABASE_URL)
    base.pathname = ""
    return { baseUrl: base.toString().replace(/\/$/, ""), env: testRunnerEnvFromUrl(process.env.DATABASE_URL), stop: async () => {} }
  }
  const port = Number(process.env.OCOP_TEST_PG_PORT || 54321)
  const pg = await startEmbeddedPostgres({ dataDir: path.join(root, ".data", "postgres-test"), port })
  return { baseUrl: pg.baseUrl, env: testRunnerEnvFromUrl(pg.baseUrl + "/postgres"), stop: () => pg.stop() }
}
