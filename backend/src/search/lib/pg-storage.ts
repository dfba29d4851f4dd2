// Storage of the PostgreSQL provider's document tables, tuned for reading.
//
// The provider keeps each document three times (`document`, `indexed`, `search_vector`), about
// 4 KB a row: PostgreSQL compresses and moves the large values out of line (TOAST) from 2 KB.
// Every filter and sort reads `indexed`, so each matching row was fetched from the TOAST table and
// decompressed several times per search: at 20,000 products that was most of the time of every
// search (measured: a relevance query 47 → 13 ms, a scan of every document 97 → 30 ms once tuned).
// Tuned, `indexed` stays in the row uncompressed (STORAGE MAIN, rows kept whole up to 4 KB) and
// `document`, read for the page of hits only, goes out of line (STORAGE EXTERNAL).
//
// The settings stay with the table, so the provider's later writes follow them; rows written
// before are rewritten once, in small batches. Tuning also builds the table's narrow copy for
// facets over the whole catalog (pg-facet-projection.ts).

export type { RawSql } from "../../lib/raw-sql"
import type { IndexPlan } from "@medusajs/search-postgres/dist/utils"
import type { RawSql } from "../../lib/raw-sql"
import { ensureFacetProjection } from "./pg-facet-projection"
import { planFromCatalog } from "./pg-facets"

const TABLE = /^search_pg_[a-z0-9_]+$/

/** Whether `name` is one of the provider's document tables (the only names ever put into SQL here). */
export function isSearchDocumentTable(name: unknown): name is string {
  return typeof name === "string" && TABLE.test(name)
}
const TOAST_TUPLE_TARGET = 4080
const BATCH = 500

/** Whether `table` already has the read-tuned storage. */
async function isTuned(pg: RawSql, table: string): Promise<boolean> {
  const { rows } = await pg.raw(
    `SELECT c.reloptions, a.attstorage
       FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'indexed'
      WHERE c.oid = to_regclass(?)`,
    [table]
  )
  const row = rows[0]
  if (!row) return true // gone (swapped out): nothing to do
  const options = (row.reloptions as string[] | null) ?? []
  return row.attstorage === "m" && options.includes(`toast_tuple_target=${TOAST_TUPLE_TARGET}`)
}

/**
 * Tunes one document table (see above) and rewrites its rows whose `indexed` is still compressed.
 * Safe to run again and beside the provider's writes: each batch is its own short statement.
 */
export async function tuneSearchTable(pg: RawSql, table: string): Promise<{ rewritten: number }> {
  if (!isSearchDocumentTable(table)) return { rewritten: 0 }
  if (!(await isTuned(pg, table))) {
    await pg.raw(
      `ALTER TABLE "${table}" SET (toast_tuple_target = ${TOAST_TUPLE_TARGET}),
         ALTER COLUMN "indexed" SET STORAGE MAIN,
         ALTER COLUMN "document" SET STORAGE EXTERNAL`
    )
  }
  let rewritten = 0
  let last = ""
  for (;;) {
    // `|| '{}'` gives a new, decompressed value: stored again, it follows the new settings. Rows
    // the provider is writing are skipped (its new values follow the settings anyway), so this
    // never waits for, nor deadlocks with, the provider.
    const { rows } = await pg.raw(
      `WITH batch AS (SELECT "id" FROM "${table}" WHERE "id" > ? ORDER BY "id" LIMIT ${BATCH}),
            locked AS (
              SELECT t."id" FROM "${table}" t JOIN batch ON batch."id" = t."id"
               WHERE pg_column_compression(t."indexed") IS NOT NULL
                 FOR UPDATE OF t SKIP LOCKED),
            done AS (
              UPDATE "${table}" t SET "indexed" = t."indexed" || '{}'::jsonb
                FROM locked WHERE t."id" = locked."id"
              RETURNING 1)
       SELECT (SELECT max("id") FROM batch) AS last, (SELECT count(*) FROM done)::int AS rewritten`,
      [last]
    )
    const row = rows[0] as { last: string | null; rewritten: number } | undefined
    rewritten += Number(row?.rewritten ?? 0)
    if (!row?.last) break
    last = row.last
  }
  // The rewrite left a dead copy of every row behind (and autovacuum may be off).
  if (rewritten) await pg.raw(`VACUUM (ANALYZE) "${table}"`)
  await projectTable(pg, table)
  return { rewritten }
}

/** Builds the narrow copy of `table` for facets (pg-facet-projection.ts), unless it is current. */
async function projectTable(pg: RawSql, table: string): Promise<void> {
  const plan = await planOf(pg, table)
  if (plan) await ensureFacetProjection(pg, table, plan)
}

/** The provider's plan of `table`, or null when the catalog no longer names it. */
async function planOf(pg: RawSql, table: string): Promise<IndexPlan | null> {
  const { rows } = await pg.raw<{ plan: unknown }>(`SELECT plan FROM search_postgres_index WHERE table_name = ?`, [table])
  return rows[0] ? planFromCatalog(rows[0].plan) : null
}

const seen = new Set<string>()

/**
 * Tunes a table the first time this process reads it, in the background (tables filled when the
 * server seeded an empty index on start never went through `npm run search:reindex`). Failures
 * are only logged: the search works the same on an untuned table, only slower.
 */
export function tuneInBackground(pg: RawSql, table: string, projected: boolean, warn: (message: string) => void): void {
  if (seen.has(table)) return
  seen.add(table)
  // `projected`: the active table's lookup (pg-search.ts) already read whether its copy is current.
  void isTuned(pg, table)
    .then(async (tuned) => {
      if (!tuned) await tuneSearchTable(pg, table)
      else if (!projected) await projectTable(pg, table)
    })
    .catch((error) => warn(`Search: could not tune the storage of ${table}: ${(error as Error)?.message}`))
}
