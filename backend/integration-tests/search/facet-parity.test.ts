// The single-pass count and facets of GET /store/search on PostgreSQL (src/search/lib/pg-facets.ts)
// against the Search Module's own (a query per facet, disjunctive facets by the module): for a
// spread of searches on the development catalog, both must give the same hits, count and facets.
// With another provider the single pass steps aside and both sides are the module's.

import type { ISearchModuleService, SearchTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import { isoDateInVietnam } from "@ocop/core"
import { parseStoreSearchQuery } from "../../src/api/store/search/validators"
import { PRODUCT_INDEX } from "../../src/search/lib/names"
import { activeIndexTable, searchWithFacets, type RawSql } from "../../src/search/lib/pg-search"
import { tuneSearchTable } from "../../src/search/lib/pg-storage"
import { buildSearchQuery } from "../../src/search/lib/store-search"
import { normalizeQuery } from "../../src/search/lib/text"
import { loadCatalog, type LoadedCatalog } from "./fixtures"

const CASES: Array<Record<string, string>> = [
  {},
  { q: "tra" },
  { q: "ngoc trai", stars: "4" },
  { q: "tra", group: "herbal,food", stars: "3,5" },
  { q: "tra", price_min: "100000", price_max: "400000" },
  { stars: "5", sort: "price_asc" },
  { commune: "06979" },
  { q: "ngoc", producer: "ngoc-trai-ha-long", sort: "price_desc" },
  { q: "tra hoa v", mode: "prefix" },
  { q: "tra", commune: "06979,06922", producer: "lam-san-dap-thanh", price_max: "900000" },
  { q: "zzzz" },
]

/** Sums and averages of floats may differ in the last digits with the order rows are added in. */
function comparable(result: SearchTypes.SearchResult) {
  const facets = Object.fromEntries(
    Object.entries(result.facets ?? {}).map(([field, facet]) => [
      field,
      facet.type === "stats" ? { ...facet, avg: facet.avg?.toPrecision(9), sum: facet.sum?.toPrecision(9) } : facet,
    ])
  )
  return { ids: result.hits.map((h) => h.id), count: result.metadata.count, facets }
}

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    let catalog: LoadedCatalog

    beforeAll(async () => {
      catalog = await loadCatalog(getContainer())
    })

    /** The cases whose single pass differs from the module, each with both answers. */
    async function mismatches(): Promise<string[]> {
      const container = getContainer()
      const search = container.resolve<ISearchModuleService>(Modules.SEARCH)
      const pg = { pg: container.resolve<RawSql>(ContainerRegistrationKeys.PG_CONNECTION), warn: () => undefined }
      const found: string[] = []
      for (const raw of CASES) {
        const parsed = parseStoreSearchQuery({ limit: "5", ...raw })
        if (!parsed.ok) throw new Error(parsed.message)
        const scope = {
          q: normalizeQuery(parsed.params.q),
          salesChannelIds: [catalog.salesChannelId],
          today: isoDateInVietnam(),
          engine: "postgres" as const,
        }
        const query = buildSearchQuery(parsed.params, scope)
        const [module, single] = await Promise.all([search.search(query), searchWithFacets(search, pg, query)])
        const expected = comparable(module)
        if (JSON.stringify(comparable(single)) !== JSON.stringify(expected)) {
          found.push(`${JSON.stringify(raw)}: ${JSON.stringify(comparable(single))} ≠ ${JSON.stringify(expected)}`)
        }
        if (raw.q !== "zzzz") expect(expected.count).toBeGreaterThan(0)
      }
      return found
    }

    it("gives the Search Module's own hits, count and facets", async () => {
      const pg = getContainer().resolve<RawSql>(ContainerRegistrationKeys.PG_CONNECTION)
      // On PostgreSQL (medusa-config's default) the single pass must really be the one answering.
      if (!process.env.MEILISEARCH_HOST) expect(await activeIndexTable(pg, PRODUCT_INDEX)).not.toBeNull()
      expect(await mismatches()).toEqual([])
    })

    // The searches with no words count their facets on a narrow copy of the documents, kept by a
    // trigger (src/search/lib/pg-facet-projection.ts), once tuning (npm run search:reindex) built it.
    it("gives the same from the narrow copy, also after documents are written, deleted and added", async () => {
      if (process.env.MEILISEARCH_HOST) return
      const pg = getContainer().resolve<RawSql>(ContainerRegistrationKeys.PG_CONNECTION)
      const { table } = (await activeIndexTable(pg, PRODUCT_INDEX))!
      await tuneSearchTable(pg, table)
      await new Promise((r) => setTimeout(r, 1_100)) // the active table is remembered for a second
      const source = await activeIndexTable(pg, PRODUCT_INDEX)
      expect(source?.projection?.table).toBe(`ocop_facets_${table}`)
      expect(source?.projection?.keys).toContain("stars")
      expect(source?.projection?.keys).not.toContain("search_body")
      expect(await mismatches()).toEqual([])

      const { rows } = await pg.raw<{ id: string }>(`SELECT "id" FROM "${table}" WHERE "indexed" @> '{"stars": 4}' ORDER BY "id" LIMIT 2`)
      expect(rows).toHaveLength(2)
      await pg.raw(`UPDATE "${table}" SET "indexed" = jsonb_set("indexed", '{stars}', '5') WHERE "id" = '${rows[0]!.id}'`)
      await pg.raw(`DELETE FROM "${table}" WHERE "id" = '${rows[1]!.id}'`)
      await pg.raw(
        `INSERT INTO "${table}" ("id", "document", "indexed", "search_vector", "search_text")
         SELECT "id" || '_copy', "document", jsonb_set("indexed", '{id}', to_jsonb("id" || '_copy')), "search_vector", "search_text"
           FROM "${table}" WHERE "id" = '${rows[0]!.id}'`
      )
      const copy = await pg.raw<{ n: number }>(`SELECT count(*)::int AS n FROM "ocop_facets_${table}"`)
      const base = await pg.raw<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`)
      expect(copy.rows[0]!.n).toBe(base.rows[0]!.n)
      expect(await mismatches()).toEqual([])
    })
  },
})
