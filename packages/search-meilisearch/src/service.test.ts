import type { SearchTypes } from "@medusajs/framework/types"
import { describe, expect, it } from "vitest"
import { MeilisearchSearchProvider, type MeilisearchClientLike } from "./service"
import { productDefinition } from "./test-fixtures"

type Call = { method: string; args: unknown[] }

/** A recording stand-in for the Meilisearch client: every write is a task that succeeds. */
function fakeClient(responses: { multiSearch?: unknown; rawIndex?: unknown; stats?: unknown; rawIndexes?: unknown } = {}) {
  const calls: Call[] = []
  let taskUid = 0
  const enqueue = (method: string, ...args: unknown[]) => {
    calls.push({ method, args })
    const task = { taskUid: ++taskUid, indexUid: null, status: "enqueued", type: "x", enqueuedAt: "" }
    return Object.assign(Promise.resolve(task), { waitTask: async () => ({ uid: task.taskUid, status: "succeeded", error: null }) })
  }
  const index = (uid: string) => ({
    updateSettings: (settings: unknown) => enqueue("updateSettings", uid, settings),
    addDocuments: (documents: unknown, options: unknown) => enqueue("addDocuments", uid, documents, options),
    deleteDocuments: (what: unknown) => enqueue("deleteDocuments", uid, what),
    deleteAllDocuments: () => enqueue("deleteAllDocuments", uid),
    getSettings: async () => ({ filterableAttributes: ["id", "group", "_ms.created_at"] }),
  })
  const client = {
    index,
    createIndex: (uid: string, options: unknown) => enqueue("createIndex", uid, options),
    deleteIndex: (uid: string) => enqueue("deleteIndex", uid),
    getRawIndex: async (uid: string) => {
      calls.push({ method: "getRawIndex", args: [uid] })
      if (responses.rawIndex === undefined) throw Object.assign(new Error("not found"), { cause: { code: "index_not_found" } })
      return responses.rawIndex
    },
    getRawIndexes: async () => responses.rawIndexes ?? { results: [] },
    getStats: async () => responses.stats ?? { indexes: {} },
    multiSearch: async (params: unknown) => {
      calls.push({ method: "multiSearch", args: [params] })
      return responses.multiSearch
    },
    tasks: {
      waitForTask: async (uid: number) => ({ uid, status: "succeeded", error: null }),
    },
  }
  return { client: client as unknown as MeilisearchClientLike, calls }
}

function query(overrides: Partial<SearchTypes.ProviderSearchQuery> = {}): SearchTypes.ProviderSearchQuery {
  return {
    index: productDefinition(),
    attributes_to_retrieve: ["id", "title", "price", "stars", "created_at"],
    q: "tra hoa vang",
    filters: { status: "published", stars: [4, 5] },
    pagination: { skip: 0, take: 2, order: { price: "ASC", id: "ASC" } },
    search_options: {
      facets: [
        { field: "stars", type: "value", limit: 5 },
        { field: "price", type: "stats" },
        { field: "price", type: "range", ranges: [{ key: "cheap", to: 100000 }, { key: "dear", from: 100000 }] },
      ],
      include_score: true,
    },
    ...overrides,
  }
}

describe("MeilisearchSearchProvider", () => {
  it("creates the index with its primary key, then applies the settings", async () => {
    const { client, calls } = fakeClient()
    const provider = new MeilisearchSearchProvider({}, { host: "http://x", client, indexPrefix: "test_" })
    const task = await provider.upsertIndex({ index: productDefinition() })
    expect(task).toEqual({ index: "product_v1", status: "succeeded" })
    expect(calls.map((c) => c.method)).toEqual(["getRawIndex", "createIndex", "updateSettings"])
    expect(calls[1]!.args).toEqual(["test_product_v1", { primaryKey: "id" }])
  })

  it("writes documents with millisecond copies of dates, as an enqueued task", async () => {
    const { client, calls } = fakeClient()
    const provider = new MeilisearchSearchProvider({}, { host: "http://x", client })
    const task = await provider.upsertDocuments({
      index: "product_v2",
      definition: productDefinition(),
      documents: [{ id: "p1", title: "Trà", created_at: "2026-01-01T00:00:00.000Z" }],
    })
    expect(task).toEqual({ id: "1", index: "product_v2", status: "enqueued" })
    const [, documents] = calls[0]!.args as [string, Array<Record<string, unknown>>]
    expect(documents[0]).toEqual({
      id: "p1",
      title: "Trà",
      created_at: "2026-01-01T00:00:00.000Z",
      _ms: { created_at: Date.parse("2026-01-01T00:00:00.000Z") },
    })
    expect(await provider.waitForTask(task)).toEqual({ ...task, status: "succeeded" })
  })

  it("deletes by id through the id path", async () => {
    const { client, calls } = fakeClient({ rawIndex: { uid: "product_v2", primaryKey: "id" } })
    const provider = new MeilisearchSearchProvider({}, { host: "http://x", client })
    await provider.deleteDocuments({ index: "product_v2", filters: { id: ["p1", "p2"] } })
    expect(calls.find((c) => c.method === "deleteDocuments")!.args).toEqual(["product_v2", ["p1", "p2"]])
    await provider.deleteDocuments({ index: "product_v2", filters: { group: "food" } })
    expect(calls.filter((c) => c.method === "deleteDocuments")[1]!.args).toEqual(["product_v2", { filter: 'group = "food"' }])
  })

  it("translates a query: filter, sort, facets, range facets as extra queries", async () => {
    const main = {
      hits: [
        { id: "p1", title: "Trà hoa vàng", price: 50000, stars: 5, created_at: "x", search_title: "tra", _ms: { created_at: 1 }, _rankingScore: 0.9 },
      ],
      estimatedTotalHits: 3,
      processingTimeMs: 1,
      facetDistribution: { stars: { "4": 1, "5": 2 } },
      facetStats: { price: { min: 50000, max: 720000 } },
    }
    const { client, calls } = fakeClient({
      multiSearch: { results: [main, { hits: [], estimatedTotalHits: 1 }, { hits: [], estimatedTotalHits: 2 }] },
    })
    const provider = new MeilisearchSearchProvider({}, { host: "http://x", client })
    const result = await provider.search(query())
    const sent = (calls[0]!.args[0] as { queries: Array<Record<string, unknown>> }).queries
    expect(sent).toHaveLength(3)
    expect(sent[0]).toMatchObject({
      indexUid: "product_v1",
      q: "tra hoa vang",
      filter: 'status = "published" AND stars IN [4, 5]',
      sort: ["price:asc", "id:asc"],
      facets: ["stars", "price"],
      offset: 0,
      limit: 2,
      showRankingScore: true,
    })
    expect(sent[1]).toMatchObject({ filter: '(status = "published" AND stars IN [4, 5]) AND (price < 100000)', limit: 0 })
    expect(result.hits).toEqual([
      { id: "p1", score: 0.9, document: { id: "p1", title: "Trà hoa vàng", price: 50000, stars: 5, created_at: "x" } },
    ])
    expect(result.metadata).toMatchObject({ skip: 0, take: 2, count: 3 })
    expect(result.facets).toEqual({
      stars: { type: "value", values: [{ value: "5", count: 2 }, { value: "4", count: 1 }] },
      price: {
        type: "range",
        ranges: [
          { key: "cheap", from: undefined, to: 100000, count: 1 },
          { key: "dear", from: 100000, to: undefined, count: 2 },
        ],
      },
    })
  })

  it("leaves everything after _score to relevance and refuses what it cannot answer", async () => {
    const { client, calls } = fakeClient({ multiSearch: { results: [{ hits: [], estimatedTotalHits: 0 }] } })
    const provider = new MeilisearchSearchProvider({}, { host: "http://x", client })
    await provider.search(query({ pagination: { order: { stars: "DESC", _score: "DESC", id: "ASC" } }, search_options: {} }))
    expect((calls[0]!.args[0] as { queries: Array<{ sort?: string[] }> }).queries[0]!.sort).toEqual(["stars:desc"])
    await expect(provider.search(query({ search_options: { match_strategy: "any" } }))).rejects.toThrow(/any/)
    await expect(provider.search(query({ pagination: { cursor: "c" } }))).rejects.toThrow(/cursor/)
    await expect(provider.search(query({ filters: { title: { $like: "%a%" } } }))).rejects.toThrow(/substring/)
  })

  it("lists only its own indexes, by physical name", async () => {
    const { client } = fakeClient({
      rawIndexes: {
        results: [
          { uid: "test_product_v1", primaryKey: "id", createdAt: "2026-01-01", updatedAt: "2026-01-02" },
          { uid: "other_index", primaryKey: "id", createdAt: "2026-01-01", updatedAt: "2026-01-02" },
        ],
      },
      stats: { indexes: { test_product_v1: { numberOfDocuments: 59 } } },
    })
    const provider = new MeilisearchSearchProvider({}, { host: "http://x", client, indexPrefix: "test_" })
    const list = await provider.listIndexes()
    expect(list.map((i) => [i.name, i.document_count, i.provider])).toEqual([["product_v1", 59, "meilisearch"]])
  })
})
