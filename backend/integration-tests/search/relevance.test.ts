// Relevance of GET /store/search on the development catalog (61 products, `npm run seed`'s own
// seedCatalog): accentless, misspelt and English queries, producer names, old and new place names,
// filters, sorting and facets. Each case names the products that must come first.
//
// Runs against whichever provider medusa-config selects: PostgreSQL (ocop_vi) by default,
// Meilisearch when MEILISEARCH_HOST is set.

import { medusaIntegrationTestRunner } from "../helpers/runner"
import { isCertificateInForce } from "@ocop/core"
import { PRODUCTS } from "../../src/scripts/seed/catalog-data"
import type { StoreSearchResponse } from "../../src/search/lib/store-search"
import { loadCatalog } from "./fixtures"

type Case = {
  /** Query parameters of GET /store/search. */
  params: Record<string, string>
  /**
   * Products that must be in the top 3 (all of them when there are 3 or fewer; otherwise the top 3
   * must all come from this list).
   */
  top?: string[]
  /** Products that must not be found at all. */
  absent?: string[]
  /** Exact number of matches. */
  count?: number
  check?: (body: StoreSearchResponse) => string | null
}

const PEARLS = [
  "ngoc-trai-akoya-ngoc-trai-ha-long",
  "ngoc-trai-tahiti-ngoc-trai-ha-long",
  "ngoc-trai-southsea-ngoc-trai-ha-long",
  "tham-quan-trang-trai-ngoc-trai-ha-long",
]
const GOLDEN_CAMELLIA = ["tra-hoa-vang-ba-che", "tra-hoa-vang-quy-hoa"]
const TEAS = [...GOLDEN_CAMELLIA, "tra-giao-co-lam", "tra-ca-gai-leo-dam-ha"]
const BA_CHE = ["tra-hoa-vang-ba-che", "ruou-ba-kich-ba-che", "ruou-nam-lim-xanh-ba-che"]
const CO_TO = ["muc-ong-co-to-kho", "muc-mot-nang-co-to", "ca-chi-vang-kho-co-to"]
const EXPIRED = PRODUCTS.filter((p) => !isCertificateInForce(p.certificate.decision_date)).map((p) => p.handle)
const FINDABLE = PRODUCTS.filter((p) => isCertificateInForce(p.certificate.decision_date))

const CASES: Record<string, Array<Case>> = {
  "accentless and accented Vietnamese": [
    { params: { q: "tra hoa vang" }, top: GOLDEN_CAMELLIA },
    { params: { q: "Trà hoa vàng" }, top: GOLDEN_CAMELLIA },
    { params: { q: "TRÀ HOA VÀNG" }, top: GOLDEN_CAMELLIA },
    { params: { q: "nuoc mam" }, top: ["nuoc-mam-cai-rong", "nuoc-mam-sa-sung"] },
    { params: { q: "ngoc trai" }, top: PEARLS },
    { params: { q: "mat ong" }, top: ["mat-ong-binh-lieu"] },
    { params: { q: "gom dong trieu" }, top: ["gom-dong-trieu", "binh-gom-men-ran-dong-trieu", "trai-nghiem-lam-gom-dong-trieu"] },
    { params: { q: "ruou ba kich" }, top: ["ruou-ba-kich-ba-che"] },
    { params: { q: "che duong hoa" }, top: ["che-duong-hoa"] },
    { params: { q: "trung vit bien" }, top: ["trung-vit-bien-dong-rui"] },
    { params: { q: "dong trung ha thao" }, top: ["dong-trung-ha-thao-kho"] },
    { params: { q: "nấm" }, top: ["nam-kim-cham", "nam-dui-ga"] },
    { params: { q: "khau nhuc" }, top: ["khau-nhuc-tien-yen"] },
    { params: { q: "thit lon mong cai" }, top: ["thit-lon-mong-cai"] },
    { params: { q: "mien dong" }, top: ["mien-dong-binh-lieu"] },
    { params: { q: "đông trùng hạ thảo" }, top: ["dong-trung-ha-thao-kho"] },
  ],
  misspelt: [
    { params: { q: "ngoc trai ha lond" }, top: PEARLS },
    { params: { q: "tra hoa vng" }, top: GOLDEN_CAMELLIA },
    { params: { q: "nuoc mam cai rog" }, top: ["nuoc-mam-cai-rong"] },
    { params: { q: "mat ong binh leu" }, top: ["mat-ong-binh-lieu"] },
    { params: { q: "ruou ba kick" }, top: ["ruou-ba-kich-ba-che"] },
    { params: { q: "musroom" }, top: ["nam-kim-cham", "nam-dui-ga"] },
    { params: { q: "pearll" }, top: PEARLS },
    { params: { q: "khau nhuc tien yn" }, top: ["khau-nhuc-tien-yen"] },
  ],
  English: [
    { params: { q: "pearl" }, top: PEARLS },
    { params: { q: "pearls" }, top: PEARLS },
    { params: { q: "fish sauce" }, top: ["nuoc-mam-cai-rong", "nuoc-mam-sa-sung"] },
    { params: { q: "golden camellia tea" }, top: GOLDEN_CAMELLIA },
    { params: { q: "mushrooms" }, top: ["nam-kim-cham", "nam-dui-ga"] },
    { params: { q: "honey" }, top: ["mat-ong-binh-lieu"] },
    { params: { q: "dried squid" }, top: ["muc-ong-co-to-kho"] },
    { params: { q: "pottery" }, top: ["gom-dong-trieu", "trai-nghiem-lam-gom-dong-trieu"] },
    { params: { q: "mineral water" }, top: ["nuoc-khoang-quang-hanh"] },
    { params: { q: "village tour" }, top: ["du-lich-lang-que-yen-duc"] },
    { params: { q: "sticky rice" }, top: ["gao-nep-cai-hoa-vang-dong-trieu"] },
    { params: { q: "essential oil" }, top: ["tinh-dau-que-dam-ha", "tinh-dau-hoi-binh-lieu"] },
  ],
  "producer names": [
    { params: { q: "Quy Hoa" }, top: ["tra-hoa-vang-quy-hoa"] },
    { params: { q: "Lâm sản Đạp Thanh" }, top: ["tra-hoa-vang-ba-che"] },
    { params: { q: "vanbest" }, top: ["nuoc-mam-sa-sung"] },
    { params: { q: "Long Hải" }, top: ["nam-kim-cham", "nam-dui-ga"] },
    { params: { q: "CTCP Ngọc trai Hạ Long" }, top: PEARLS },
    { params: { q: "HTX Phát triển Xanh" }, top: ["mat-ong-binh-lieu"] },
    { params: { q: "hop tac xa dinh trung" }, top: ["mien-dong-binh-lieu"] },
  ],
  "old place names (before 1 July 2025)": [
    { params: { q: "Đạp Thanh" }, top: ["tra-hoa-vang-ba-che"] },
    { params: { q: "huyện Ba Chẽ" }, top: BA_CHE },
    { params: { q: "xa dap thanh huyen ba che" }, top: ["tra-hoa-vang-ba-che"] },
    { params: { q: "Húc Động" }, top: ["mien-dong-binh-lieu"] },
    { params: { q: "Đồng Rui" }, top: ["trung-vit-bien-dong-rui"] },
    { params: { q: "huyện Hải Hà" }, top: ["tra-hoa-vang-quy-hoa", "che-duong-hoa"] },
    { params: { q: "thị trấn Cái Rồng" }, top: ["nuoc-mam-cai-rong", "mam-tom-cai-rong"] },
  ],
  "current place names": [
    { params: { q: "Kỳ Thượng" }, top: ["tra-hoa-vang-ba-che"] },
    { params: { q: "xã Quảng Hà" }, top: ["tra-hoa-vang-quy-hoa"] },
    { params: { q: "đặc khu Cô Tô" }, top: CO_TO },
    { params: { q: "co to" }, top: CO_TO },
  ],
  // Issue #23: the header's suggestions and the results page both search as typed (mode=prefix);
  // a place whose name is also common words ("cô" aunt, "tô" bowl; "hạ" lower) finds its products first.
  "place names that are also words, as the suggestions and results page ask": [
    { params: { q: "Cô Tô", mode: "prefix" }, top: CO_TO },
    { params: { q: "co to", mode: "prefix" }, top: CO_TO },
    { params: { q: "Cô Tô", mode: "prefix", locale: "en" }, top: CO_TO },
    { params: { q: "đặc khu Cô Tô", mode: "prefix" }, top: CO_TO },
    { params: { q: "Ba Chẽ", mode: "prefix" }, top: BA_CHE },
  ],
  // Issue #23: as typed, a short word that begins longer ones ("trà" → "trang", "trại") finds the
  // products that have the word itself before those whose words only begin with it.
  "a whole word before words it begins, as typed": [
    { params: { q: "trà", mode: "prefix" }, top: TEAS },
    { params: { q: "tra", mode: "prefix" }, top: TEAS },
    { params: { q: "Trà", mode: "prefix", locale: "en" }, top: TEAS },
    { params: { q: "gà", mode: "prefix" }, top: ["ga-tien-yen", "nam-dui-ga"] },
    { params: { q: "mơ", mode: "prefix" }, top: ["nuoc-mo-yen-tu"] },
    { params: { q: "cá", mode: "prefix" }, top: ["cha-ca-quang-yen", "ca-chi-vang-kho-co-to"] },
    {
      params: { q: "trà", mode: "prefix", limit: "100" },
      // Still found, after the teas: the count is the prefix search's.
      check: (b) => {
        const handles = b.hits.map((h) => h.handle)
        const visit = handles.indexOf("tham-quan-trang-trai-ngoc-trai-ha-long")
        if (visit < 0) return "the pearl-farm visit ('trang trại') is no longer found as typed"
        const lastTea = Math.max(...TEAS.map((t) => handles.indexOf(t)))
        return lastTea < visit && b.count === b.hits.length ? null : `teas at ${lastTea}, visit at ${visit}, count ${b.count} of ${b.hits.length}`
      },
    },
  ],
  "expired certificates are never found": [
    { params: { q: "ruou mo yen tu" }, absent: EXPIRED },
    { params: { q: "khay tre dan" }, absent: EXPIRED },
    { params: { limit: "100" }, absent: EXPIRED, count: FINDABLE.length },
  ],
  "filters, sorting, prefix mode and locale": [
    {
      params: { stars: "5", limit: "100" },
      count: FINDABLE.filter((p) => p.certificate.stars === 5).length,
      check: (b) => (b.hits.every((h) => h.ocop.stars === 5) ? null : "a hit is not 5 stars"),
    },
    { params: { q: "tra", group: "herbal" }, top: ["tra-giao-co-lam", "tra-ca-gai-leo-dam-ha"] },
    { params: { commune: "06979" }, top: ["tra-hoa-vang-ba-che"], count: 1 },
    { params: { producer: "ngoc-trai-ha-long" }, top: PEARLS, count: 4 },
    {
      params: { q: "ngoc trai", price_max: "2000000" },
      absent: ["ngoc-trai-tahiti-ngoc-trai-ha-long", "ngoc-trai-southsea-ngoc-trai-ha-long"],
      check: (b) => (b.hits.every((h) => h.price!.amount <= 2_000_000) ? null : "a hit costs more than price_max"),
    },
    {
      params: { q: "ngoc trai", sort: "price_asc" },
      check: (b) => (b.hits[0]?.handle === "tham-quan-trang-trai-ngoc-trai-ha-long" ? null : `cheapest first, got ${b.hits[0]?.handle}`),
    },
    {
      params: { q: "ngoc trai", sort: "price_desc" },
      check: (b) => (b.hits[0]?.handle === "ngoc-trai-southsea-ngoc-trai-ha-long" ? null : `dearest first, got ${b.hits[0]?.handle}`),
    },
    {
      params: { q: "tra", sort: "stars_desc" },
      check: (b) => {
        const stars = b.hits.map((h) => h.ocop.stars)
        return stars.every((s, i) => i === 0 || stars[i - 1]! >= s) ? null : `not by stars: ${stars.join(",")}`
      },
    },
    { params: { q: "ngoc tr", mode: "prefix" }, top: PEARLS },
    { params: { q: "tra hoa v", mode: "prefix" }, top: GOLDEN_CAMELLIA },
    {
      params: { q: "pearl", locale: "en" },
      top: PEARLS,
      check: (b) => (b.hits.some((h) => /pearl/i.test(h.title)) ? null : `titles not in English: ${b.hits.map((h) => h.title)}`),
    },
    {
      params: { q: "ngoc trai" },
      check: (b) => {
        const groups = Object.fromEntries(b.facets.group.map((g) => [g.value, g.count]))
        if (groups.handicraft !== 3 || groups.tourism !== 1) return `group facet ${JSON.stringify(groups)}`
        if (b.facets.producer[0]?.value !== "ngoc-trai-ha-long" || b.facets.producer[0]?.label !== "Ngọc trai Hạ Long") {
          return `producer facet ${JSON.stringify(b.facets.producer)}`
        }
        if (!b.facets.price || b.facets.price.min >= b.facets.price.max) return `price facet ${JSON.stringify(b.facets.price)}`
        return null
      },
    },
    {
      params: { q: "ngoc trai", group: "tourism", price_max: "2000000" },
      top: ["tham-quan-trang-trai-ngoc-trai-ha-long"],
      count: 1,
      check: (b) => {
        // Each facet lifts only its own filter: the group facet still counts the pearls (under
        // the price filter), and the price range still reaches past price_max (within the group).
        const groups = Object.fromEntries(b.facets.group.map((g) => [g.value, g.count]))
        if (groups.tourism !== 1 || !(groups.handicraft >= 1 && groups.handicraft < 3)) return `group facet ${JSON.stringify(groups)}`
        if (b.facets.producer[0]?.count !== 1) return `producer facet ${JSON.stringify(b.facets.producer)}`
        return b.facets.price && b.facets.price.min === b.facets.price.max ? null : `price facet ${JSON.stringify(b.facets.price)}`
      },
    },
    {
      params: { q: "ngoc trai", price_max: "2000000" },
      count: 2,
      check: (b) => (b.facets.price && b.facets.price.max > 2_000_000 ? null : `price facet ignores price_max: ${JSON.stringify(b.facets.price)}`),
    },
    {
      params: { q: "ngoc trai", stars: "4" },
      count: 1,
      check: (b) => {
        // Facets ignore their own filter: the 5-star pearls are still counted.
        const stars = Object.fromEntries(b.facets.stars.map((s) => [s.value, s.count]))
        return stars[5] === 3 && stars[4] === 1 ? null : `stars facet ${JSON.stringify(stars)}`
      },
    },
  ],
}

function describeHits(body: StoreSearchResponse): string {
  return body.hits
    .slice(0, 5)
    .map((h) => h.handle)
    .join(", ")
}

function judge(c: Case, body: StoreSearchResponse): string | null {
  const handles = body.hits.map((h) => h.handle)
  const top3 = handles.slice(0, 3)
  if (c.top) {
    const ok = c.top.length <= 3 ? c.top.every((h) => top3.includes(h)) : top3.length === 3 && top3.every((h) => c.top!.includes(h))
    if (!ok) return `expected ${c.top.join(", ")} first; got ${describeHits(body) || "nothing"}`
  }
  for (const handle of c.absent ?? []) {
    if (handles.includes(handle)) return `${handle} must not be found; got ${describeHits(body)}`
  }
  if (c.count !== undefined && body.count !== c.count) return `expected ${c.count} matches, got ${body.count}`
  return c.check ? c.check(body) : null
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>

    beforeAll(async () => {
      const catalog = await loadCatalog(getContainer())
      headers = { "x-publishable-api-key": catalog.publishableKey }
    })

    const total = Object.values(CASES).reduce((n, list) => n + list.length, 0)
    it(`has at least 40 relevance cases (${total})`, () => {
      expect(total).toBeGreaterThanOrEqual(40)
    })

    describe("GET /store/search on the development catalog", () => {
      for (const [name, cases] of Object.entries(CASES)) {
        it(name, async () => {
          const failures: string[] = []
          for (const c of cases) {
            const response = await api.get("/store/search", { headers, params: c.params }).catch((e: any) => e.response)
            if (response.status !== 200) {
              failures.push(`${JSON.stringify(c.params)} → HTTP ${response.status} ${JSON.stringify(response.data)}`)
              continue
            }
            const problem = judge(c, response.data)
            if (problem) failures.push(`${JSON.stringify(c.params)}: ${problem}`)
          }
          expect(failures).toEqual([])
        })
      }
    })

    it("the suggestions (6, as typed) and the results page (24, as submitted) give the same products and count", async () => {
      for (const q of ["Cô Tô", "co to", "ngọc trai", "Hạ Long", "trà", "cá"]) {
        const ask = async (limit: number) =>
          (await api.get("/store/search", { headers, params: { q, mode: "prefix", limit, locale: "vi" } })).data as StoreSearchResponse
        const [suggested, page] = [await ask(6), await ask(24)]
        expect({ q, count: suggested.count }).toEqual({ q, count: page.count })
        expect(suggested.hits.map((h) => h.handle)).toEqual(page.hits.slice(0, 6).map((h) => h.handle))
      }
    })
  },
})
