// The search provider contract: what the OCOP product index needs from a Search Module provider,
// checked on every provider the environment offers. PostgreSQL (language ocop_vi) always runs;
// Meilisearch runs too when MEILISEARCH_HOST (and MEILISEARCH_API_KEY, if the server needs one) is
// set. The list of providers is built from the environment, so nothing here is skipped: a provider
// that is not configured is simply not in the list.
//
// Each provider gets a scratch index with the product index's own fields and settings, filled
// with OCOP documents built by the index's own document builder.

import type { ISearchModuleService, SearchTypes } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import { MeilisearchSearchProvider } from "@ocop/search-meilisearch"
import { toProductDocument, type ProductGraphRow } from "../../src/search/lib/document"
import { normalizeQuery } from "../../src/search/lib/text"

type Provider = SearchTypes.ISearchProvider

type ProviderUnderTest = {
  name: string
  make: (search: ISearchModuleService) => Provider
}

const PROVIDERS: ProviderUnderTest[] = [
  {
    name: "PostgreSQL (ocop_vi)",
    // The provider instance the Search Module registered, with the app's database and options.
    make: (search) => (search as unknown as { searchProviderService_: { retrieve(id: string): Provider } }).searchProviderService_.retrieve("search-postgres"),
  },
  ...(process.env.MEILISEARCH_HOST
    ? [
        {
          name: `Meilisearch (${process.env.MEILISEARCH_HOST})`,
          make: () =>
            new MeilisearchSearchProvider({}, {
              host: process.env.MEILISEARCH_HOST!,
              apiKey: process.env.MEILISEARCH_API_KEY,
              indexPrefix: `contract_${Date.now().toString(36)}_`,
            }) as unknown as Provider,
        },
      ]
    : []),
]

const CHANNEL = "sc_store"
const TODAY = "2026-11-29"

function row(
  id: string,
  title: string,
  opts: { en?: string; stars?: number; group?: string; commune?: string; producer?: string; price?: number; status?: string }
): ProductGraphRow {
  return {
    id,
    handle: id.replace(/^p_/, ""),
    title,
    status: opts.status ?? "published",
    created_at: `2026-0${(id.length % 9) + 1}-01T00:00:00.000Z`,
    metadata: opts.en ? { en: { title: opts.en } } : {},
    sales_channels: [{ id: CHANNEL }],
    variants: [{ prices: [{ amount: opts.price ?? 100_000, currency_code: "vnd" }] }],
    ocop_certificate: {
      stars: opts.stars ?? 4,
      group: opts.group ?? "food",
      status: "valid",
      decision_date: "2025-01-17",
      expires_at: "2028-01-17T00:00:00.000Z",
      commune_code: opts.commune ?? "06979",
    },
    producer: { handle: opts.producer ?? "lam-san-dap-thanh", display_name: opts.producer ?? "Lâm sản Đạp Thanh", status: "active", kind: "company" },
  }
}

const ROWS: ProductGraphRow[] = [
  row("p_tra_ba_che", "Trà hoa vàng Ba Chẽ", { en: "Ba Chẽ golden camellia tea", stars: 5, price: 720_000 }),
  row("p_tra_quy_hoa", "Trà hoa vàng Quy Hoa", { en: "Quy Hoa golden camellia tea", stars: 5, commune: "06922", producer: "quy-hoa", price: 690_000 }),
  row("p_akoya", "Ngọc trai Akoya – ngọc trai Hạ Long", { en: "Akoya pearl", stars: 5, group: "handicraft", commune: "06706", producer: "ngoc-trai-ha-long", price: 1_250_000 }),
  row("p_nuoc_mam", "Nước mắm Cái Rồng", { en: "Cái Rồng fish sauce", stars: 4, commune: "06994", producer: "nuoc-mam-cai-rong", price: 95_000 }),
  row("p_mat_ong", "Mật ong Bình Liêu", { en: "Bình Liêu honey", stars: 3, commune: "06856", producer: "htx-phat-trien-xanh", price: 250_000 }),
  row("p_gom", "Gốm Đông Triều", { en: "Đông Triều pottery", stars: 4, group: "handicraft", commune: "07069", producer: "xuong-gom-dong-trieu", price: 450_000 }),
]
const DOCUMENTS = ROWS.map((r) => toProductDocument(r, { today: TODAY })!)

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    for (const candidate of PROVIDERS) {
      describe(`search provider contract: ${candidate.name}`, () => {
        let provider: Provider
        let index: SearchTypes.ResolvedSearchIndexDefinition
        const physical = `contract_${Math.random().toString(36).slice(2, 8)}`

        /** Waits for a deferred write (Meilisearch); inline providers are already done. */
        const settle = async (task: SearchTypes.SearchTask) => {
          if (task.status === "succeeded" || !provider.waitForTask) return task
          const done = await provider.waitForTask(task, { timeout_ms: 30_000 })
          expect(done.status).toBe("succeeded")
          return done
        }
        const search = (input: Partial<SearchTypes.ProviderSearchQuery> & { q?: string }) =>
          provider.search({
            index,
            attributes_to_retrieve: ["id", "handle", "title", "price", "stars", "group"],
            pagination: { skip: 0, take: 20 },
            ...input,
            q: input.q === undefined ? undefined : normalizeQuery(input.q),
            filters: { status: "published", sales_channel_ids: [CHANNEL], ...(input.filters ?? {}) },
          })
        const ids = (result: SearchTypes.SearchResult) => result.hits.map((h) => h.id)
        const count = async () => (await provider.listIndexes()).find((i) => i.name === physical)?.document_count

        beforeAll(async () => {
          const searchModule = getContainer().resolve<ISearchModuleService>(Modules.SEARCH)
          provider = candidate.make(searchModule)
          index = { ...searchModule.getIndex("product"), physical_name: physical, provider: provider.identifier }
          await settle(await provider.upsertIndex({ index }))
          await settle(await provider.upsertDocuments({ index: physical, definition: index, documents: DOCUMENTS }))
        })

        afterAll(async () => {
          await provider?.deleteIndex({ index: physical }).catch(() => undefined)
        })

        it("holds the documents it was given", async () => {
          expect(await count()).toBe(DOCUMENTS.length)
          expect((await search({})).metadata.count).toBe(DOCUMENTS.length)
        })

        it("matches folded Vietnamese and English words, title first", async () => {
          expect(ids(await search({ q: "tra hoa vang" })).sort()).toEqual(["p_tra_ba_che", "p_tra_quy_hoa"])
          expect(ids(await search({ q: "Trà hoa vàng Ba Chẽ" }))[0]).toBe("p_tra_ba_che")
          expect(ids(await search({ q: "ĐẠP THANH" }))).toContain("p_tra_ba_che")
          expect(ids(await search({ q: "fish sauce" }))).toEqual(["p_nuoc_mam"])
          expect(ids(await search({ q: "pearls" }))).toEqual(["p_akoya"])
          expect(ids(await search({ q: "huyen ba che" }))).toContain("p_tra_ba_che")
        })

        it("tolerates typos when asked and completes the last word in prefix mode", async () => {
          const typo = await search({ q: "ngoc trai ha lond", search_options: { typo_tolerance: true } })
          expect(ids(typo)[0]).toBe("p_akoya")
          // "ngoc tr…": the pearl by its title, before places such as xã Ngọc Vừng (thị trấn…) of Vân Đồn.
          const prefix = await search({ q: "ngoc trai ak", search_options: { match_strategy: "last" } })
          expect(ids(prefix)).toEqual(["p_akoya"])
          expect(ids(await search({ q: "ngoc tr", search_options: { match_strategy: "last" } }))[0]).toBe("p_akoya")
        })

        it("filters by stars, group, commune, producer, price and the store scope", async () => {
          expect(ids(await search({ filters: { stars: [5] } })).sort()).toEqual(["p_akoya", "p_tra_ba_che", "p_tra_quy_hoa"])
          expect(ids(await search({ filters: { group: "handicraft" } })).sort()).toEqual(["p_akoya", "p_gom"])
          expect(ids(await search({ filters: { commune_code: ["06922"] } }))).toEqual(["p_tra_quy_hoa"])
          expect(ids(await search({ filters: { producer_handle: "ngoc-trai-ha-long" } }))).toEqual(["p_akoya"])
          expect(ids(await search({ filters: { price: { $gte: 200_000, $lte: 700_000 } } })).sort()).toEqual([
            "p_gom",
            "p_mat_ong",
            "p_tra_quy_hoa",
          ])
          expect(ids(await search({ filters: { sales_channel_ids: ["sc_other"] } }))).toEqual([])
          expect(
            ids(await search({ filters: { certificate_expires_at: { $gte: Date.parse("2028-01-18T00:00:00.000Z") } } }))
          ).toEqual([])
          expect((await search({ filters: { certificate_expires_at: { $gte: Date.parse(`${TODAY}T00:00:00.000Z`) } } })).metadata.count).toBe(
            DOCUMENTS.length
          )
        })

        it("sorts by price and stars, and pages", async () => {
          const cheap = await search({ pagination: { skip: 0, take: 20, order: { price: "ASC", id: "ASC" } } })
          expect(ids(cheap)[0]).toBe("p_nuoc_mam")
          const dear = await search({ pagination: { skip: 0, take: 20, order: { price: "DESC", id: "ASC" } } })
          expect(ids(dear)[0]).toBe("p_akoya")
          const stars = await search({ pagination: { skip: 0, take: 20, order: { stars: "DESC", id: "ASC" } } })
          expect(stars.hits.map((h) => h.document.stars)).toEqual([5, 5, 5, 4, 4, 3])
          const page = await search({ pagination: { skip: 2, take: 2, order: { price: "ASC", id: "ASC" } } })
          expect(ids(page)).toEqual(ids(cheap).slice(2, 4))
          expect(page.metadata.count).toBe(DOCUMENTS.length)
        })

        it("returns retrievable fields only, and facets over the matches", async () => {
          const result = await search({
            q: "tra hoa vang",
            search_options: { facets: [{ field: "stars", type: "value" }, { field: "commune_code", type: "value" }, { field: "price", type: "stats" }] },
          })
          expect(Object.keys(result.hits[0]!.document).sort()).toEqual(["group", "handle", "id", "price", "stars", "title"])
          expect(result.facets?.stars).toEqual({ type: "value", values: [{ value: "5", count: 2 }] })
          const communes = result.facets?.commune_code
          expect(communes?.type === "value" && communes.values.map((v) => v.value).sort()).toEqual(["06922", "06979"])
          const price = result.facets?.price
          expect(price?.type === "stats" && [price.min, price.max]).toEqual([690_000, 720_000])
        })

        it("deletes by id and by filter, empties, and drops the index", async () => {
          await settle(await provider.deleteDocuments({ index: physical, filters: { id: ["p_gom"] } }))
          expect(ids(await search({ filters: { group: "handicraft" } }))).toEqual(["p_akoya"])
          await settle(await provider.deleteDocuments({ index: physical, filters: { group: "handicraft" } }))
          expect(ids(await search({ filters: { group: "handicraft" } }))).toEqual([])
          await settle(await provider.clearIndex({ index: physical }))
          expect((await search({})).metadata.count).toBe(0)
          await settle(await provider.deleteIndex({ index: physical }))
          expect((await provider.listIndexes()).map((i) => i.name)).not.toContain(physical)
        })
      })
    }
  },
})
