// A Search Module query with its count and facets computed in one statement when the PostgreSQL
// provider serves the index (pg-facets.ts): the module then only fetches the page of hits, and
// both statements run side by side. Any other provider, or a query the single pass does not
// reproduce, goes to the module unchanged.

import type { ISearchModuleService, SearchTypes } from "@medusajs/framework/types"
import type { IndexPlan } from "@medusajs/search-postgres/dist/utils"
import { OCOP_TEXT_SEARCH_CONFIG } from "../text-config/language"
import { facetStatement, planFromCatalog, type FacetRow } from "./pg-facets"
import { PROJECTION_PREFIX, isCurrentProjection, projectionFromCatalog, type FacetProjection } from "./pg-facet-projection"
import { isSearchDocumentTable, tuneInBackground, type RawSql } from "./pg-storage"

export type { RawSql }

/** The database of the PostgreSQL provider, and where to report a table that could not be tuned. */
export type PgAccess = { pg: RawSql; warn: (message: string) => void }

type IndexTable = { table: string; plan: IndexPlan; projection: FacetProjection | null }

/**
 * How long the active document table of an index is remembered. A reindex swaps in a new table;
 * re-reading it every second keeps facets on the table the hits come from (the next request
 * after a swap at the latest second), and the lookup is one indexed row per second.
 */
const TABLE_TTL_MS = 1000
const UNDEFINED_TABLE = "42P01"

const tables = new Map<string, { at: number; value: Promise<IndexTable | null> }>()

/** The provider's document table and plan for the active version of `index`, or null when another provider serves it. */
export function activeIndexTable(pg: RawSql, index: string, now: number = Date.now()): Promise<IndexTable | null> {
  const hit = tables.get(index)
  if (hit && now - hit.at < TABLE_TTL_MS) return hit.value
  const value = pg
    .raw(
      `SELECT p.table_name, p.plan, obj_description(to_regclass('${PROJECTION_PREFIX}' || p.table_name), 'pg_class') AS projection
         FROM search_index i
         JOIN search_index_version v
           ON v.search_index_id = i.id AND v.version = i.active_version AND v.deleted_at IS NULL
         JOIN search_postgres_index p ON p.name = v.physical_name
        WHERE i.name = ? AND i.deleted_at IS NULL AND v.provider = 'search-postgres'`,
      [index]
    )
    .then(({ rows }) => {
      const row = rows[0]
      if (!row || !isSearchDocumentTable(row.table_name)) return null
      return { table: row.table_name, plan: planFromCatalog(row.plan), projection: projectionFromCatalog(row.table_name, row.projection) }
    })
  tables.set(index, { at: now, value })
  value.catch(() => tables.delete(index))
  return value
}

/** Forgets the remembered tables (a swap seen by a failing statement). */
function forgetIndexTables(): void {
  tables.clear()
}

/** The query without its facets and count: what the module still answers (the page of hits). */
function hitsOnly(query: SearchTypes.SearchQuery): SearchTypes.SearchQuery {
  const { facets: _facets, disjunctive_facets: _disjunctive, ...options } = query.search_options ?? {}
  return { ...query, search_options: { ...options, count: "none" } }
}

function statementFor(source: IndexTable | null, query: SearchTypes.SearchQuery) {
  return source && facetStatement(source.table, source.plan, OCOP_TEXT_SEARCH_CONFIG, query, source.projection)
}

async function runPass(pg: RawSql, built: NonNullable<ReturnType<typeof statementFor>>, index: string, query: SearchTypes.SearchQuery) {
  try {
    const { rows } = await pg.raw(built.statement.sql, built.statement.params)
    return built.read(rows as FacetRow[])
  } catch (error) {
    if ((error as { code?: string })?.code !== UNDEFINED_TABLE) throw error
    // A reindex swapped the table out since it was looked up: look again, once.
    forgetIndexTables()
    const again = statementFor(await activeIndexTable(pg, index), query)
    if (!again) throw error
    const { rows } = await pg.raw(again.statement.sql, again.statement.params)
    return again.read(rows as FacetRow[])
  }
}

/**
 * Runs `query` (built by store-search.ts buildSearchQuery) on the Search Module; on the PostgreSQL
 * provider, its count and facets come from one statement run beside the module's hits query.
 */
export async function searchWithFacets(
  search: ISearchModuleService,
  access: PgAccess | null,
  query: SearchTypes.SearchQuery
): Promise<SearchTypes.SearchResult> {
  if (!access || !query.search_options?.facets?.length) return await search.search(query)
  const { pg } = access
  const source = await activeIndexTable(pg, query.entity)
  if (source) tuneInBackground(pg, source.table, isCurrentProjection(source.projection, source.plan), access.warn)
  const built = statementFor(source, query)
  if (!built) return await search.search(query)
  const [hits, pass] = await Promise.all([search.search(hitsOnly(query)), runPass(pg, built, query.entity, query)])
  return { ...hits, facets: pass.facets, metadata: { ...hits.metadata, count: pass.count } }
}
