// Meilisearch provider for Medusa's Search Module, on the official `meilisearch` client.
//
// The Search Module owns index definitions, versions, batching and reindexing; this class turns
// its calls into Meilisearch ones. Writes are asynchronous in Meilisearch, so they return an
// enqueued task and `waitForTask` lets the module wait before it swaps a new version in.
//
// Differences from the PostgreSQL provider, by design of the engine:
// - typo tolerance is an index setting (on, with the definition's word sizes), so a query's
//   `typo_tolerance: false` is a preference it cannot honour; `min_score` and scores are
//   Meilisearch's ranking score (0–1);
// - the last word of a query always matches as a prefix (`match_strategy` "all" and "last" are
//   both Meilisearch's "all"); "any" is refused;
// - an explicit sort orders first and relevance breaks ties ("sort" is the first ranking rule);
//   keys after `_score` in an order are left to relevance;
// - `$prefix` / `$like` filters, ranges on text, cursor pagination and vector search are refused.

import type { SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, MedusaError } from "@medusajs/framework/utils"
import { Meilisearch, type MultiSearchQuery, type SearchParams, type SearchResponse } from "meilisearch"
import { prepareDocument, projectHit } from "./documents"
import { invalid, notAllowed } from "./errors"
import { attributeFor, buildFieldPlan, type FieldPlan } from "./fields"
import { compileFilter, primaryKeyIds } from "./filters"
import { assertDefinitionSupported, buildSettings } from "./settings"

export type MeilisearchProviderOptions = {
  /** e.g. http://localhost:7700 */
  host: string
  apiKey?: string
  /** Prepended to every index uid, to share one Meilisearch between environments. */
  indexPrefix?: string
  /** Most hits a query may page through (default 20,000). */
  maxTotalHits?: number
  /** Longest wait for a task, in ms (default 60 s). */
  taskTimeoutMs?: number
  /** Per-request timeout, in ms (default 10 s). */
  requestTimeoutMs?: number
  /** A client to use instead of one built from host/apiKey (tests). */
  client?: MeilisearchClientLike
}

/** The part of the Meilisearch client this provider uses. */
export type MeilisearchClientLike = Pick<
  Meilisearch,
  "index" | "createIndex" | "deleteIndex" | "getRawIndex" | "getRawIndexes" | "getStats" | "multiSearch" | "tasks"
>

type Logger = { warn: (message: string) => void; info: (message: string) => void }

/** One Meilisearch query a Search Module query expands into, and what it answers. */
type Planned =
  | { role: "main"; input: number; query: MultiSearchQuery }
  | { role: "range"; input: number; field: string; key: string; query: MultiSearchQuery }

type RangeAnswer = { p: Extract<Planned, { role: "range" }>; response: SearchResponse }

export class MeilisearchSearchProvider extends AbstractSearchProviderService {
  static override identifier = "meilisearch"

  protected readonly options_: MeilisearchProviderOptions
  protected readonly logger_?: Logger
  protected client_?: MeilisearchClientLike

  constructor(cradle: { logger?: Logger } = {}, options: MeilisearchProviderOptions) {
    super()
    if (!options?.host && !options?.client) {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, "The Meilisearch search provider needs the `host` option (MEILISEARCH_HOST)")
    }
    this.options_ = options
    this.logger_ = cradle.logger
    this.client_ = options.client
  }

  protected get client(): MeilisearchClientLike {
    if (!this.client_) {
      this.client_ = new Meilisearch({
        host: this.options_.host,
        apiKey: this.options_.apiKey,
        timeout: this.options_.requestTimeoutMs ?? 10_000,
        clientAgents: ["ocop-search-meilisearch"],
      })
    }
    return this.client_
  }

  /** The Meilisearch index uid of a physical index name. */
  uid(physicalName: string): string {
    return `${this.options_.indexPrefix ?? ""}${physicalName}`.replace(/[^A-Za-z0-9_-]/g, "_")
  }

  protected physicalName(uid: string): string | undefined {
    const prefix = this.options_.indexPrefix ?? ""
    return uid.startsWith(prefix) ? uid.slice(prefix.length) : undefined
  }

  protected enqueued(task: { taskUid: number }, index: string): SearchTypes.SearchTask {
    return { id: String(task.taskUid), index, status: "enqueued" }
  }

  // ------------------------------------------------------------------ indexes

  override async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    const plan = buildFieldPlan(index)
    const ignored = assertDefinitionSupported(index, plan)
    if (ignored.length) {
      this.logger_?.warn(
        `The Meilisearch provider does not support vector fields; ignoring ${ignored.map((p) => `"${p}"`).join(", ")} on search index "${index.name}".`
      )
    }
    const uid = this.uid(index.physical_name)
    const existing = await this.client.getRawIndex(uid).catch((error) => {
      if (isNotFound(error)) return null
      throw error
    })
    const wrongKey = !!existing?.primaryKey && existing.primaryKey !== index.primary_key
    if (wrongKey) {
      // The module only points upsertIndex at an index it is about to fill: safe to recreate.
      await this.settle(this.client.deleteIndex(uid), uid, ["index_not_found"])
    }
    if (!existing || wrongKey) {
      await this.settle(this.client.createIndex(uid, { primaryKey: index.primary_key }), uid, ["index_already_exists"])
    }
    const settings = buildSettings(index, { maxTotalHits: this.options_.maxTotalHits })
    await this.settle(this.client.index(uid).updateSettings(settings), uid)
    return { index: index.physical_name, status: "succeeded" }
  }

  override async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const uid = this.uid(index)
    await this.settle(this.client.deleteIndex(uid), uid, ["index_not_found"])
    return { index, status: "succeeded" }
  }

  override async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const [stats, raw] = await Promise.all([this.client.getStats(), this.client.getRawIndexes({ limit: 1000 })])
    const infos: SearchTypes.SearchIndexInfo[] = []
    for (const index of raw.results) {
      const name = this.physicalName(index.uid)
      if (name === undefined) continue
      infos.push({
        name,
        provider: MeilisearchSearchProvider.identifier,
        document_count: stats.indexes[index.uid]?.numberOfDocuments ?? 0,
        created_at: new Date(index.createdAt),
        updated_at: new Date(index.updatedAt),
      })
    }
    return infos.sort((a, b) => a.name.localeCompare(b.name))
  }

  // ---------------------------------------------------------------- documents

  override async upsertDocuments({
    index,
    definition,
    documents,
  }: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    if (!documents.length) return { index, status: "succeeded" }
    const plan = buildFieldPlan(definition)
    const prepared = documents.map((document) => prepareDocument(document, plan))
    const task = await this.client.index(this.uid(index)).addDocuments(prepared, { primaryKey: definition.primary_key })
    return this.enqueued(task, index)
  }

  override async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const target = this.client.index(this.uid(index))
    const pk = await this.primaryKeyOf(index)
    const ids = primaryKeyIds(filters, pk)
    if (ids) {
      if (!ids.length) return { index, status: "succeeded" }
      return this.enqueued(await target.deleteDocuments(ids), index)
    }
    // Without the definition at hand, filter on declared attributes by name: the filterable
    // attributes Meilisearch knows are exactly what the definition declared.
    const settings = await target.getSettings()
    const plan: FieldPlan = { primaryKey: pk, fields: new Map() }
    for (const attribute of settings.filterableAttributes ?? []) {
      const path = typeof attribute === "string" ? attribute : undefined
      if (!path) continue
      const isDate = path.startsWith("_ms.")
      const original = isDate ? path.slice(4) : path
      plan.fields.set(original, {
        path: original,
        type: isDate ? "date" : "keyword",
        isArray: false,
        field: { type: isDate ? "date" : "keyword", filterable: true },
      })
    }
    const filter = compileFilter(filters, plan)
    if (!filter) invalid(`Deleting from "${index}" needs filters`)
    return this.enqueued(await target.deleteDocuments({ filter }), index)
  }

  override async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    return this.enqueued(await this.client.index(this.uid(index)).deleteAllDocuments(), index)
  }

  async waitForTask(task: SearchTypes.SearchTask, options?: { timeout_ms?: number }): Promise<SearchTypes.SearchTask> {
    if (task.status === "succeeded" || task.status === "failed" || task.id === undefined) return task
    const done = await this.client.tasks.waitForTask(Number(task.id), {
      timeout: options?.timeout_ms ?? this.options_.taskTimeoutMs ?? 60_000,
      interval: 25,
    })
    if (done.status === "succeeded") return { ...task, status: "succeeded" }
    return {
      ...task,
      status: "failed",
      error: { message: done.error?.message ?? `Meilisearch task ${task.id} ${done.status}`, code: done.error?.code },
    }
  }

  // ------------------------------------------------------------------- search

  override async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result!
  }

  override async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    if (!inputs.length) return []
    const planned = inputs.flatMap((input, i) => this.planQueries(input, i))
    const started = Date.now()
    let responses: SearchResponse[]
    try {
      const { results } = await this.client.multiSearch({ queries: planned.map((p) => p.query) })
      responses = results as unknown as SearchResponse[]
    } catch (error) {
      throw translateError(error)
    }
    const elapsed = Date.now() - started
    return inputs.map((input, i) => {
      const mainIndex = planned.findIndex((p) => p.input === i && p.role === "main")
      const ranges: RangeAnswer[] = []
      planned.forEach((p, at) => {
        if (p.input === i && p.role === "range") ranges.push({ p, response: responses[at]! })
      })
      return this.buildResult(input, responses[mainIndex]!, ranges, elapsed)
    })
  }

  protected planQueries(input: SearchTypes.ProviderSearchQuery, inputIndex: number): Planned[] {
    const options = input.search_options ?? {}
    if (options.vector) notAllowed("The Meilisearch provider does not support vector search")
    if (input.pagination?.cursor !== undefined) notAllowed("The Meilisearch provider does not support cursor pagination")
    if (options.match_strategy === "any") {
      notAllowed('The Meilisearch provider does not support match_strategy "any"; use "all" or "last"')
    }
    const plan = buildFieldPlan(input.index)
    const uid = this.uid(input.index.physical_name)
    const filter = compileFilter(input.filters, plan)
    const skip = input.pagination?.skip ?? 0
    const take = input.pagination?.take ?? 20

    const facets = (options.facets ?? []).map((f) => (typeof f === "string" ? { field: f, type: "value" as const } : f))
    const facetAttributes = new Set<string>()
    for (const facet of facets) {
      const planned = plan.fields.get(facet.field)
      if (!planned) invalid(`Field "${facet.field}" is not facetable on the Meilisearch provider`)
      if ((facet.type === "stats" || facet.type === "range") && !["integer", "float", "date"].includes(planned.type)) {
        notAllowed(`${facet.type === "stats" ? "Stats" : "Range"} facets require a numeric field ("${facet.field}")`)
      }
      if (facet.type !== "range") facetAttributes.add(facet.type === "stats" ? attributeFor(planned) : planned.path)
    }

    const highlight = options.highlight && input.q?.trim() ? options.highlight : undefined
    const highlightFields =
      highlight === true ? ["*"] : highlight ? highlight.fields : undefined
    const params: SearchParams = {
      filter,
      offset: skip,
      limit: take,
      // What the caller asked for (and the key); dates need no copy back, the originals are kept.
      attributesToRetrieve: [...new Set([plan.primaryKey, ...input.attributes_to_retrieve])],
      sort: this.sortFor(input, plan),
      facets: facetAttributes.size ? [...facetAttributes] : undefined,
      matchingStrategy: "all",
      attributesToSearchOn: options.attributes_to_search_on,
      showRankingScore: options.include_score || options.min_score !== undefined || undefined,
      rankingScoreThreshold: options.min_score,
      distinct: options.distinct,
      locales: options.locales,
      ...(highlightFields
        ? {
            attributesToHighlight: highlightFields,
            highlightPreTag: typeof highlight === "object" ? highlight.pre_tag ?? "<mark>" : "<mark>",
            highlightPostTag: typeof highlight === "object" ? highlight.post_tag ?? "</mark>" : "</mark>",
            ...(typeof highlight === "object" && highlight.snippet
              ? {
                  attributesToCrop: highlightFields,
                  cropLength: typeof highlight.snippet === "object" ? highlight.snippet.length : 10,
                }
              : {}),
          }
        : {}),
    }
    const main: Planned = { role: "main", input: inputIndex, query: { indexUid: uid, q: input.q ?? "", ...params } }
    const out: Planned[] = [main]
    for (const facet of facets) {
      if (facet.type !== "range") continue
      const planned = plan.fields.get(facet.field)!
      const attribute = attributeFor(planned)
      for (const range of facet.ranges) {
        const key = range.key ?? `${range.from ?? "*"}-${range.to ?? "*"}`
        const bounds: string[] = []
        const bound = (v: number | string) => (planned.type === "date" ? (typeof v === "number" ? v : Date.parse(v)) : Number(v))
        if (range.from !== undefined) bounds.push(`${attribute} >= ${bound(range.from)}`)
        if (range.to !== undefined) bounds.push(`${attribute} < ${bound(range.to)}`)
        const rangeFilter = [filter, ...bounds].filter(Boolean).map((f) => `(${f})`).join(" AND ")
        out.push({
          role: "range",
          input: inputIndex,
          field: facet.field,
          key,
          query: {
            indexUid: uid,
            q: input.q ?? "",
            filter: rangeFilter || undefined,
            limit: 0,
            matchingStrategy: "all",
            attributesToSearchOn: options.attributes_to_search_on,
            rankingScoreThreshold: options.min_score,
          },
        })
      }
    }
    return out
  }

  protected sortFor(input: SearchTypes.ProviderSearchQuery, plan: FieldPlan): string[] | undefined {
    const sort: string[] = []
    for (const [property, direction] of Object.entries(input.pagination?.order ?? {})) {
      if (property === "_score") {
        if (direction === "ASC") notAllowed("The Meilisearch provider cannot order by ascending relevance")
        // Relevance orders everything after this point.
        break
      }
      const planned = plan.fields.get(property)
      if (!planned) invalid(`Cannot sort search index "${input.index.name}" by unknown field "${property}"`)
      if (planned.isArray) notAllowed(`The Meilisearch provider cannot sort by array field "${property}"`)
      sort.push(`${attributeFor(planned)}:${direction === "ASC" ? "asc" : "desc"}`)
    }
    return sort.length ? sort : undefined
  }

  protected buildResult(
    input: SearchTypes.ProviderSearchQuery,
    response: SearchResponse,
    ranges: RangeAnswer[],
    elapsedMs: number
  ): SearchTypes.SearchResult {
    const options = input.search_options ?? {}
    const plan = buildFieldPlan(input.index)
    const total = (response as { totalHits?: number }).totalHits ?? response.estimatedTotalHits ?? response.hits.length
    const highlightWanted = !!options.highlight && !!input.q?.trim()

    const hits: SearchTypes.SearchHit[] = response.hits.map((raw) => {
      const hit = raw as Record<string, unknown>
      const formatted = hit._formatted as Record<string, unknown> | undefined
      const highlights: Record<string, string[]> = {}
      if (highlightWanted && formatted) {
        for (const [key, value] of Object.entries(formatted)) {
          if (key === plan.primaryKey || key.startsWith("_")) continue
          const texts = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string")
          if (texts.some((t) => t.includes(typeof options.highlight === "object" ? options.highlight.pre_tag ?? "<mark>" : "<mark>"))) {
            highlights[key] = texts
          }
        }
      }
      return {
        id: String(hit[plan.primaryKey]),
        score: options.include_score ? Number(hit._rankingScore ?? 0) : undefined,
        document: projectHit(hit, input.attributes_to_retrieve),
        ...(highlightWanted ? { highlights } : {}),
      }
    })

    const facets: Record<string, SearchTypes.SearchFacetResult> = {}
    for (const facet of (options.facets ?? []).map((f) => (typeof f === "string" ? { field: f, type: "value" as const } : f))) {
      const planned = plan.fields.get(facet.field)!
      if (facet.type === "stats") {
        const stats = response.facetStats?.[attributeFor(planned)]
        facets[facet.field] = { type: "stats", min: stats?.min ?? 0, max: stats?.max ?? 0, count: stats ? total : 0 }
        continue
      }
      if (facet.type === "range") {
        facets[facet.field] = {
          type: "range",
          ranges: facet.ranges.map((range) => {
            const key = range.key ?? `${range.from ?? "*"}-${range.to ?? "*"}`
            const match = ranges.find((r) => r.p.field === facet.field && r.p.key === key)
            return { key, from: range.from, to: range.to, count: match?.response.estimatedTotalHits ?? 0 }
          }),
        }
        continue
      }
      const distribution = response.facetDistribution?.[planned.path] ?? {}
      let values = Object.entries(distribution).map(([value, count]) => ({ value, count }))
      if (facet.query) {
        const prefix = facet.query.toLowerCase()
        values = values.filter((v) => v.value.toLowerCase().startsWith(prefix))
      }
      values.sort(facet.sort === "alpha" ? (a, b) => a.value.localeCompare(b.value) : (a, b) => b.count - a.count || a.value.localeCompare(b.value))
      facets[facet.field] = { type: "value", values: values.slice(0, facet.limit ?? 10) }
    }

    return {
      hits,
      facets: Object.keys(facets).length ? facets : undefined,
      metadata: {
        skip: input.pagination?.skip ?? 0,
        take: input.pagination?.take ?? 20,
        count: options.count === "none" ? null : total,
        query: input.q,
        processing_time_ms: response.processingTimeMs ?? elapsedMs,
      },
    }
  }

  // ----------------------------------------------------------------- helpers

  protected async primaryKeyOf(index: string): Promise<string> {
    const raw = await this.client.getRawIndex(this.uid(index))
    return raw.primaryKey ?? "id"
  }

  protected async settle(
    enqueued: Promise<{ taskUid: number }>,
    uid: string,
    acceptableErrorCodes: string[] = []
  ): Promise<void> {
    const task = await enqueued
    const done = await this.client.tasks.waitForTask(task.taskUid, {
      timeout: this.options_.taskTimeoutMs ?? 60_000,
      interval: 25,
    })
    if (done.status !== "succeeded" && !(done.error?.code && acceptableErrorCodes.includes(done.error.code))) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Meilisearch task ${task.taskUid} on "${uid}" ${done.status}: ${done.error?.message ?? "no reason given"}`
      )
    }
  }
}

function errorCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } })?.cause
  return typeof cause?.code === "string" ? cause.code : undefined
}

function isNotFound(error: unknown): boolean {
  return errorCode(error) === "index_not_found"
}

/** Engine errors the module understands: a missing index is NOT_FOUND (it re-resolves and retries). */
function translateError(error: unknown): unknown {
  const code = errorCode(error)
  if (code === "index_not_found") return new MedusaError(MedusaError.Types.NOT_FOUND, (error as Error).message)
  if (code?.startsWith("invalid_search_")) return new MedusaError(MedusaError.Types.INVALID_DATA, (error as Error).message)
  return error
}

export default MeilisearchSearchProvider
