// A full rebuild of the OCOP product index with progress reports: `npm run search:reindex`, and
// any bulk loader (seeds) that must not leave the index drifting behind its data.

import type { ISearchModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRODUCT_INDEX } from "./names"
import { rawSqlOf } from "../../lib/raw-sql"
import { isSearchDocumentTable, tuneSearchTable } from "./pg-storage"
import { onSeedProgress } from "./progress"

export type ReindexProgress = {
  /** Products read so far. */
  scanned: number
  /** Of those, the findable ones written to the index. */
  indexed: number
  /** Products in the database when the rebuild started (soft-deleted excluded). */
  total: number
  elapsedMs: number
}

export type ReindexOptions = {
  /** "swap" (default) builds a new version beside the live one; "in_place" rewrites the live one. */
  strategy?: "swap" | "in_place"
  onProgress?: (progress: ReindexProgress) => void
}

export type ReindexResult = { total: number; scanned: number; indexed: number; elapsedMs: number; job_id: string }

/** Rebuilds the product index from the database and resolves when the new version is live. */
export async function reindexProducts(container: MedusaContainer, options: ReindexOptions = {}): Promise<ReindexResult> {
  const search = container.resolve<ISearchModuleService>(Modules.SEARCH)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { metadata } = await query.graph({ entity: "product", fields: ["id"], pagination: { skip: 0, take: 1 } })
  const total = metadata?.count ?? 0

  const started = Date.now()
  let scanned = 0
  let indexed = 0
  const stop = onSeedProgress((page) => {
    // The catch-up pass re-reads what changed during the rebuild; do not count it twice.
    scanned = Math.min(total, scanned + page.scanned)
    indexed += page.indexed
    options.onProgress?.({ scanned, indexed, total, elapsedMs: Date.now() - started })
  })
  try {
    const { job_id } = await search.reindex({ index: PRODUCT_INDEX, strategy: options.strategy ?? "swap" })
    await analyzeSearchTables(container)
    return { total, scanned: total, indexed: Math.min(indexed, total), elapsedMs: Date.now() - started, job_id }
  } finally {
    stop()
  }
}

/**
 * Tunes the storage of the PostgreSQL provider's document tables for reading (pg-storage.ts) and
 * refreshes their statistics. A rebuilt index is a new table that has never been analysed (and
 * autovacuum may be off): without statistics the planner misjudges the filters and scans every
 * document for selective queries. Does nothing with another provider.
 */
export async function analyzeSearchTables(container: MedusaContainer): Promise<void> {
  try {
    const pg = rawSqlOf(container)
    const { rows } = await pg.raw<{ table_name: string }>(`select table_name from search_postgres_index`)
    for (const { table_name } of rows) {
      if (!isSearchDocumentTable(table_name)) continue
      await tuneSearchTable(pg, table_name)
      await pg.raw(`ANALYZE "${table_name}"`)
    }
  } catch {
    // Not the PostgreSQL provider (or no index yet): nothing to analyse.
  }
}

/** A one-line text progress bar: `[██████░░░░░░] 1,234/20,000  6%  3.2 s`. */
export function progressBar(progress: ReindexProgress, width = 30): string {
  const ratio = progress.total > 0 ? Math.min(1, progress.scanned / progress.total) : 1
  const filled = Math.round(ratio * width)
  const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`
  const count = `${progress.scanned.toLocaleString("en-US")}/${progress.total.toLocaleString("en-US")}`
  const percent = `${Math.floor(ratio * 100)}%`.padStart(4)
  return `[${bar}] ${count} ${percent}  ${(progress.elapsedMs / 1000).toFixed(1)} s  (${progress.indexed.toLocaleString("en-US")} findable)`
}
