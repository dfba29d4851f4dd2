// Facets and count of a search in one SQL statement, on the Search Module's PostgreSQL provider.
//
// Why: the provider answers each facet with a query of its own over every match, and with
// disjunctive facets the module adds a whole search per filtered facet. GET /store/search asks for
// five facets and a count, so a request cost 7–13 scans of the matches. Here the matches are
// read once: each row carries its facet values and whether it passes each facet's own filter,
// and GROUPING SETS count every facet (each ignoring its own filter, as disjunctive facets do)
// and the total in the same pass.
//
// The WHERE clauses come from the provider's own compiler (toWhereClause, keywordTsQuerySql), so
// the count and the facets describe exactly the rows the provider's hits query reads.

import type { SearchTypes } from "@medusajs/framework/types"
import {
  jsonbPath,
  keywordTsQuerySql,
  toWhereClause,
  type IndexPlan,
  type PlannedField,
} from "@medusajs/search-postgres/dist/utils"
import { projectionCovers, type FacetProjection } from "./pg-facet-projection"

export type SqlStatement = { sql: string; params: unknown[] }

export type FacetPass = {
  count: number
  facets: Record<string, SearchTypes.SearchFacetResult>
}

type ValueFacet = { field: string; type: "value"; limit: number; sort: "count" | "alpha" }
type StatsFacet = { field: string; type: "stats" }
type Facet = ValueFacet | StatsFacet

/** The provider's default number of values of a value facet. */
const DEFAULT_VALUE_LIMIT = 10

/** The plan the provider keeps in `search_postgres_index.plan`, as the provider reads it back. */
export function planFromCatalog(raw: unknown): IndexPlan {
  const data = (typeof raw === "string" ? JSON.parse(raw) : raw) as {
    primary_key: string
    searchable?: string[]
    vectors?: string[]
    schema_hash: string
    fields: PlannedField[]
  }
  const fields = new Map(data.fields.map((f) => [f.path, f]))
  return {
    primary_key: data.primary_key,
    searchable: data.searchable ?? [],
    vectors: data.vectors ?? [],
    schema_hash: data.schema_hash,
    fields,
  }
}

function filterPaths(filters: SearchTypes.SearchFilters | undefined, into: Set<string> = new Set()): Set<string> {
  for (const [key, value] of Object.entries(filters ?? {})) {
    if (key === "$and" || key === "$or") for (const branch of (value ?? []) as SearchTypes.SearchFilters[]) filterPaths(branch, into)
    else if (key === "$not") filterPaths(value as SearchTypes.SearchFilters, into)
    else into.add(key)
  }
  return into
}

/** The facets this pass can answer, or null when the query asks for something it does not do. */
function supportedFacets(query: SearchTypes.SearchQuery, plan: IndexPlan): Facet[] | null {
  const facets: Facet[] = []
  for (const request of query.search_options?.facets ?? []) {
    const r: SearchTypes.SearchFacetRequest = typeof request === "string" ? { field: request, type: "value" } : request
    const planned = plan.fields.get(r.field)
    if (!planned || planned.is_array) return null
    if (r.type === "stats" && planned.kind === "number") facets.push({ field: r.field, type: "stats" })
    else if ((r.type ?? "value") === "value" && !(r as { query?: string }).query) {
      const v = r as { limit?: number; sort?: "count" | "alpha" }
      facets.push({ field: r.field, type: "value", limit: v.limit ?? DEFAULT_VALUE_LIMIT, sort: v.sort ?? "count" })
    } else return null
  }
  return facets
}

/**
 * The statement for a search query of GET /store/search (store-search.ts buildSearchQuery), or
 * null when the query uses something this pass does not reproduce (typo tolerance, vectors,
 * array or range facets, a facet field nested in $or/$and/$not): the module's own facets answer
 * those.
 */
export function facetStatement(
  table: string,
  plan: IndexPlan,
  tsConfig: string,
  query: SearchTypes.SearchQuery,
  projection: FacetProjection | null = null
): { statement: SqlStatement; read: (rows: FacetRow[]) => FacetPass } | null {
  const options = query.search_options ?? {}
  if (options.typo_tolerance || options.vector || options.attributes_to_search_on?.length) return null
  if (options.distinct || options.min_score !== undefined) return null
  const facets = supportedFacets(query, plan)
  if (!facets) return null

  const { q: rawQ, ...filters } = (query.filters ?? {}) as SearchTypes.SearchFilters & { q?: string }
  const q = (typeof rawQ === "string" ? rawQ : (query as { q?: string }).q)?.trim() || undefined
  const facetFields = new Set(facets.map((f) => f.field))
  const nested = new Set<string>()
  for (const key of ["$and", "$or", "$not"]) {
    if (key in filters) filterPaths({ [key]: (filters as Record<string, unknown>)[key] } as SearchTypes.SearchFilters, nested)
  }
  if ([...facetFields].some((f) => nested.has(f))) return null

  // Rows in scope: the words (on the full-text index), then every filter no facet lifts.
  const common: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(filters)) if (!facetFields.has(key)) common[key] = value
  const params: unknown[] = []
  let match = ""
  if (q) {
    match = ` WHERE "search_vector" @@ ${keywordTsQuerySql(tsConfig, options.match_strategy)}`
    params.push(q)
  }
  const commonWhere = toWhereClause(common as SearchTypes.SearchFilters, plan)
  if (commonWhere?.sql) params.push(...commonWhere.params)

  // Per row: each facet's value, and whether the row passes each facet's own filter.
  const columns: string[] = []
  const columnParams: unknown[] = []
  const passes: Array<string | null> = facets.map((facet, i) => {
    const own = (filters as Record<string, unknown>)[facet.field]
    if (own === undefined) return null
    const clause = toWhereClause({ [facet.field]: own } as SearchTypes.SearchFilters, plan)
    if (!clause?.sql) return null
    columns.push(`(${clause.sql}) AS k${i}`)
    columnParams.push(...clause.params)
    return `k${i}`
  })
  const valueColumns = facets.map((facet, i) =>
    facet.type === "stats" ? `(${jsonbPath(facet.field, true)})::float8 AS f${i}` : `${jsonbPath(facet.field, true)} AS f${i}`
  )
  const passExcept = (skip: number) => {
    const parts = passes.filter((p, i): p is string => p !== null && i !== skip)
    return parts.length ? parts.join(" AND ") : "TRUE"
  }

  const valueIdx = facets.flatMap((f, i) => (f.type === "value" ? [i] : []))
  const aggregates = [
    `COUNT(*) FILTER (WHERE ${passExcept(-1)})::int AS total`,
    ...valueIdx.map((i) => `GROUPING(f${i}) AS g${i}`),
    ...valueIdx.map((i) => `COUNT(*) FILTER (WHERE ${passExcept(i)})::int AS n${i}`),
    ...facets.flatMap((f, i) =>
      f.type === "stats"
        ? [
            `MIN(f${i}) FILTER (WHERE ${passExcept(i)}) AS min${i}`,
            `MAX(f${i}) FILTER (WHERE ${passExcept(i)}) AS max${i}`,
            `AVG(f${i}) FILTER (WHERE ${passExcept(i)}) AS avg${i}`,
            `SUM(f${i}) FILTER (WHERE ${passExcept(i)}) AS sum${i}`,
            `COUNT(*) FILTER (WHERE ${passExcept(i)})::int AS c${i}`,
          ]
        : []
    ),
  ]
  const sets = [...valueIdx.map((i) => `(f${i})`), "()"]
  const groupedSelect = valueIdx.map((i) => `f${i}`)
  // `indexed` is stored compressed out of line (TOAST): each `indexed->>…` would fetch and
  // decompress it again, about ten times a row here. `|| '{}'` hands on one decompressed copy,
  // and OFFSET 0 keeps PostgreSQL from folding that copy back into every expression.
  // With no words every document is counted: the narrow copy holds all this reads, when it covers
  // every filter and facet (pg-facet-projection.ts).
  const narrow = !q && projection && projectionCovers(projection, [...filterPaths(filters as SearchTypes.SearchFilters), ...facetFields])
  const rows = narrow
    ? `(SELECT "indexed" FROM "${projection.table}") d`
    : `(SELECT ("indexed" || '{}'::jsonb) AS indexed FROM "${table}"${match} OFFSET 0) d`
  const scan = `SELECT ${[...columns, ...valueColumns].join(", ")} FROM ${rows}${commonWhere?.sql ? ` WHERE ${commonWhere.sql}` : ""}`
  const grouped = `SELECT ${[...groupedSelect, ...aggregates].join(", ")} FROM (${scan}) m GROUP BY GROUPING SETS (${sets.join(", ")})`

  // One row per facet value (best first, at most the facet's limit), then the totals row.
  const limitParams: unknown[] = []
  const stats = facets.flatMap((f, i) => (f.type === "stats" ? [i] : []))
  // UNION ALL takes its column names from the first branch: every branch names them.
  const statsCols = (totals: boolean) =>
    stats.flatMap((s) =>
      ["min", "max", "avg", "sum", "c"].map((c) => (totals ? `${c}${s}` : `NULL::${c === "c" ? "int" : "float8"} AS ${c}${s}`))
    )
  const allGrouped = valueIdx.map((i) => `g${i} = 1`)
  const parts = valueIdx.map((i) => {
    const f = facets[i] as ValueFacet
    limitParams.push(f.limit)
    const order = f.sort === "alpha" ? `f${i} ASC` : `n${i} DESC, f${i} ASC`
    return `(SELECT ${i} AS facet, f${i} AS value, n${i} AS count${statsCols(false).map((c) => `, ${c}`).join("")} FROM grouped WHERE g${i} = 0 AND f${i} IS NOT NULL AND n${i} > 0 ORDER BY ${order} LIMIT ?)`
  })
  parts.push(
    `(SELECT -1 AS facet, NULL::text AS value, total AS count${statsCols(true).map((c) => `, ${c}`).join("")} FROM grouped${allGrouped.length ? ` WHERE ${allGrouped.join(" AND ")}` : ""})`
  )
  const sql = `WITH grouped AS (${grouped}) ${parts.join(" UNION ALL ")}`

  const read = (rows: FacetRow[]): FacetPass => {
    const result: Record<string, SearchTypes.SearchFacetResult> = {}
    for (const i of valueIdx) result[facets[i]!.field] = { type: "value", values: [] }
    let count = 0
    for (const row of rows) {
      const facet = Number(row.facet)
      if (facet === -1) {
        count = Number(row.count ?? 0)
        for (const s of stats) {
          const c = Number(row[`c${s}`] ?? 0)
          result[facets[s]!.field] = {
            type: "stats",
            min: Number(row[`min${s}`] ?? 0),
            max: Number(row[`max${s}`] ?? 0),
            avg: row[`avg${s}`] == null ? undefined : Number(row[`avg${s}`]),
            sum: row[`sum${s}`] == null ? undefined : Number(row[`sum${s}`]),
            count: c,
          }
        }
        continue
      }
      const bucket = result[facets[facet]!.field]
      if (bucket?.type === "value") bucket.values.push({ value: String(row.value), count: Number(row.count ?? 0) })
    }
    return { count, facets: result }
  }
  // Placeholders in text order: the filter columns of the scan, the words, its WHERE, the facets' limits.
  return { statement: { sql, params: [...columnParams, ...params, ...limitParams] }, read }
}

export type FacetRow = Record<string, unknown> & { facet: number | string; value: string | null; count: number | string | null }
