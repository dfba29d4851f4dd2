// The pure parts of search (no Medusa boot): text folding, the OCOP product document and who is
// findable, the GET /store/search parameters, and the query built from them.

import { isoDateInVietnam } from "@ocop/core"
import { parseStoreSearchQuery } from "../../src/api/store/search/validators"
import { findability, generatedImageIn, lowestPrice, toProductDocument, type ProductGraphRow } from "../../src/search/lib/document"
import { exactFirstPage, wantsExactFirst } from "../../src/search/lib/exact-first"
import { ResponseCache } from "../../src/search/lib/response-cache"
import { correctQuery, editDistance, staticVocabulary, Vocabulary } from "../../src/search/lib/spelling"
import { buildSearchQuery, toStoreSearchResponse, type StoreSearchParams } from "../../src/search/lib/store-search"
import { foldPlural, normalizeQuery, searchField, worthTypoPass } from "../../src/search/lib/text"

const TODAY = "2026-11-29"

function row(overrides: Partial<ProductGraphRow> = {}): ProductGraphRow {
  return {
    id: "prod_1",
    handle: "tra-hoa-vang-ba-che",
    title: "Trà hoa vàng Ba Chẽ",
    description: "Bông trà hoa vàng trồng dưới tán rừng ở Đạp Thanh.",
    status: "published",
    created_at: "2026-11-01T00:00:00.000Z",
    metadata: { en: { title: "Ba Chẽ golden camellia tea", description: "Golden camellia flowers." } },
    tags: [{ value: "trà hoa vàng" }, { value: "quà biếu" }],
    sales_channels: [{ id: "sc_1" }],
    variants: [
      { prices: [{ amount: 1_420_000, currency_code: "vnd" }, { amount: 55, currency_code: "usd" }] },
      { prices: [{ amount: 720_000, currency_code: "vnd" }, { amount: 500_000, currency_code: "vnd", price_list_id: "pl_sale" }] },
    ],
    ocop_certificate: {
      stars: 5,
      group: "food",
      sub_group: "tea",
      status: "valid",
      decision_date: "2025-01-17T00:00:00.000Z",
      expires_at: "2028-01-17T00:00:00.000Z",
      commune_code: "06979",
      historic_locality: "xã Đạp Thanh, huyện Ba Chẽ",
    },
    producer: {
      handle: "lam-san-dap-thanh",
      display_name: "Lâm sản Đạp Thanh",
      legal_name: "Công ty Cổ phần Kinh doanh Lâm sản Đạp Thanh",
      kind: "company",
      status: "active",
      commune_code: "06979",
      historic_locality: "xã Đạp Thanh, huyện Ba Chẽ",
    },
    ...overrides,
  }
}

const PARAMS: StoreSearchParams = {
  q: "",
  stars: [],
  group: [],
  commune: [],
  producer: [],
  sort: "relevance",
  limit: 20,
  offset: 0,
  locale: "vi",
  mode: "words",
}

describe("search text", () => {
  it("folds accents, đ, case and punctuation the same way for documents and queries", () => {
    expect(normalizeQuery("  TRÀ hoa vàng, Đạp Thanh! ")).toBe("tra hoa vang dap thanh")
    expect(normalizeQuery("Cô Tô")).toBe("co to")
    expect(normalizeQuery("' OR 1=1 --")).toBe("or 1 1")
    expect(normalizeQuery("😀 \u0000 \u0007")).toBe("")
    expect(normalizeQuery("pearls, dishes & berries")).toBe("pearl dish berry")
  })

  it("folds English plurals only, never a Vietnamese syllable", () => {
    expect(foldPlural("mushrooms")).toBe("mushroom")
    expect(foldPlural("glasses")).toBe("glass")
    expect(foldPlural("gas")).toBe("gas")
    expect(foldPlural("lotus")).toBe("lotus")
  })

  it("drops repeated phrases from a field", () => {
    expect(searchField(["Hạ Long", "ha long", "Thành phố Hạ Long", null, ""])).toBe("ha long | thanh pho ha long")
  })

  it("corrects spelling only for real words", () => {
    expect(worthTypoPass("ngoc trai ha lond")).toBe(true)
    expect(worthTypoPass("or 1 1")).toBe(false)
    expect(worthTypoPass("12345")).toBe(false)
  })
})

describe("the OCOP product document", () => {
  it("holds what the store shows and every name the product is searched by", () => {
    const doc = toProductDocument(row(), { today: TODAY })!
    expect(doc).toMatchObject({
      id: "prod_1",
      title: "Trà hoa vàng Ba Chẽ",
      title_en: "Ba Chẽ golden camellia tea",
      price: 720_000,
      price_max: 1_420_000,
      currency_code: "vnd",
      stars: 5,
      group: "food",
      sub_group: "tea",
      commune_code: "06979",
      commune_name: "Kỳ Thượng",
      producer_handle: "lam-san-dap-thanh",
      producer_name: "Lâm sản Đạp Thanh",
      sales_channel_ids: ["sc_1"],
      sales_channel_key: "|sc_1|",
      certificate_expires_at: "2028-01-17T00:00:00.000Z",
    })
    expect(doc.search_title).toBe("tra hoa vang ba che | ba che golden camellia tea")
    for (const name of ["lam san dap thanh", "ctcp", "xa dap thanh", "huyen ba che", "ky thuong", "quang ninh"]) {
      expect(doc.search_names).toContain(name)
    }
    for (const name of ["thuc pham", "food", "che", "tea", "qua bieu"]) expect(doc.search_tags).toContain(name)
    expect(doc.search_body).toContain("golden camellia flower")
  })

  it("uses the lowest store-currency price outside price lists", () => {
    // `max`: the dearest variant, so a card of several prices says "from" (issue #23).
    expect(lowestPrice(row())).toEqual({ amount: 720_000, max: 1_420_000, currency_code: "vnd" })
    expect(lowestPrice(row({ variants: [] }))).toBeNull()
  })

  it("leaves out drafts, uncertified, revoked and expired products and suspended producers", () => {
    const cert = row().ocop_certificate!
    const cases: Array<[string, ProductGraphRow]> = [
      ["draft", row({ status: "draft" })],
      ["no certificate", row({ ocop_certificate: null })],
      ["revoked", row({ ocop_certificate: { ...cert, status: "revoked" } })],
      ["pending", row({ ocop_certificate: { ...cert, status: "pending_verification" } })],
      ["expired yesterday", row({ ocop_certificate: { ...cert, expires_at: "2026-11-28T00:00:00.000Z" } })],
      ["2 stars", row({ ocop_certificate: { ...cert, stars: 2 } })],
      ["unknown commune", row({ ocop_certificate: { ...cert, commune_code: "99999" } })],
      ["no producer", row({ producer: null })],
      ["suspended producer", row({ producer: { ...row().producer!, status: "suspended" } })],
      ["pending producer", row({ producer: { ...row().producer!, status: "pending" } })],
    ]
    for (const [name, r] of cases) {
      expect({ name, findable: findability(r, TODAY).findable }).toEqual({ name, findable: false })
      expect(toProductDocument(r, { today: TODAY })).toBeNull()
    }
    // The last day in force still counts.
    expect(findability(row({ ocop_certificate: { ...cert, expires_at: `${TODAY}T00:00:00.000Z` } }), TODAY).findable).toBe(true)
  })
})

describe("GET /store/search parameters", () => {
  it("reads the contract's parameters", () => {
    const parsed = parseStoreSearchQuery({
      q: "tra hoa vang",
      stars: ["4", "5,4"],
      group: "food",
      commune: "06979",
      producer: "quy-hoa",
      price_min: "1000",
      price_max: "",
      sort: "price_asc",
      limit: "12",
      offset: "24",
      locale: "en-US",
      mode: "prefix",
    })
    expect(parsed).toEqual({
      ok: true,
      params: {
        q: "tra hoa vang",
        stars: [4, 5],
        group: ["food"],
        commune: ["06979"],
        producer: ["quy-hoa"],
        price_min: 1000,
        price_max: undefined,
        sort: "price_asc",
        limit: 12,
        offset: 24,
        locale: "en",
        mode: "prefix",
      },
    })
  })

  it("names every wrong parameter in one message", () => {
    const parsed = parseStoreSearchQuery({ limit: "-1", stars: "abc", group: "drinks", bogus: "1" })
    expect(parsed.ok).toBe(false)
    const message = (parsed as { message: string }).message
    for (const word of ["limit", "stars", "group", "bogus"]) expect(message).toContain(word)
  })
})

describe("spelling correction", () => {
  const vocabulary = staticVocabulary()
  for (const title of [
    "Ngọc trai Akoya – ngọc trai Hạ Long",
    "Akoya pearl – Hạ Long pearls",
    "Trà hoa vàng Ba Chẽ",
    "Trà hoa vàng Quy Hoa",
    "Nước mắm Cái Rồng",
    "Nấm kim châm",
    "Enoki mushrooms",
    "Khâu nhục Tiên Yên",
    "Rượu ba kích Ba Chẽ",
  ]) {
    vocabulary.add(title)
  }

  it("measures edits, swaps included, and gives up past the limit", () => {
    expect(editDistance("lond", "long", 2)).toBe(1)
    expect(editDistance("musroom", "mushroom", 2)).toBe(1)
    expect(editDistance("tra", "rta", 2)).toBe(1)
    expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3)
  })

  it("corrects the words the catalog does not know, and only those", () => {
    expect(correctQuery("ngoc trai ha lond", vocabulary)[0]).toBe("ngoc trai ha long")
    expect(correctQuery("tra hoa vng", vocabulary)[0]).toBe("tra hoa vang")
    expect(correctQuery("musroom", vocabulary)[0]).toBe("mushroom")
    expect(correctQuery("pearll", vocabulary)[0]).toBe("pearl")
    expect(correctQuery("ruou ba kick", vocabulary)[0]).toBe("ruou ba kich")
    expect(correctQuery("khau nhuc tien yn", vocabulary)).toContain("khau nhuc tien yen")
    expect(correctQuery("tra hoa vang", vocabulary)).toEqual([])
    expect(correctQuery("xyzqwv", vocabulary)).toEqual([])
  })

  it("leaves the word being typed alone in prefix mode while some word starts with it", () => {
    expect(correctQuery("ngoc tra", vocabulary, { prefixLast: true })).toEqual([])
    expect(new Vocabulary().size).toBe(0)
  })
})

describe("the Search Module query", () => {
  const scope = { q: "tra hoa vang", salesChannelIds: ["sc_1"], today: TODAY }

  it("always keeps to the store scope and turns the parameters into filters", () => {
    const query = buildSearchQuery(
      { ...PARAMS, stars: [4, 5], group: ["food"], commune: ["06979"], producer: ["quy-hoa"], price_min: 1000, price_max: 5000 },
      scope
    )
    expect(query.filters).toEqual({
      status: "published",
      sales_channel_ids: ["sc_1"],
      certificate_expires_at: { $gte: Date.parse(`${TODAY}T00:00:00.000Z`) },
      q: "tra hoa vang",
      stars: [4, 5],
      group: ["food"],
      commune_code: ["06979"],
      producer_handle: ["quy-hoa"],
      price: { $gte: 1000, $lte: 5000 },
    })
    expect(query.pagination).toEqual({ skip: 0, take: 20, order: { _score: "DESC", stars: "DESC", id: "ASC" } })
    expect(query.search_options).toMatchObject({ disjunctive_facets: true, match_strategy: "all" })
  })

  it("writes word searches on PostgreSQL so that its full-text index answers them", () => {
    const query = buildSearchQuery(
      { ...PARAMS, stars: [3, 5], group: ["food"], commune: ["06979", "06922"], producer: ["quy_hoa%"] },
      { ...scope, salesChannelIds: ["sc_1"], engine: "postgres" }
    )
    expect(query.filters).toEqual({
      sales_channel_key: { $like: "%|sc\\_1|%" },
      certificate_expires_at: { $gte: Date.parse(`${TODAY}T00:00:00.000Z`) },
      stars: { $gte: 3, $lte: 5, $ne: 4 },
      group: { $like: "food" },
      commune_code: ["06979", "06922"],
      producer_handle: { $like: "quy\\_hoa\\%" },
      q: "tra hoa vang",
    })
    const two = buildSearchQuery(PARAMS, { ...scope, salesChannelIds: ["a", "b"], engine: "postgres" })
    expect(two.filters?.$or).toEqual([{ sales_channel_key: { $like: "%|a|%" } }, { sales_channel_key: { $like: "%|b|%" } }])
    // Browsing (no words) keeps the portable filters.
    expect(buildSearchQuery(PARAMS, { ...scope, q: "", engine: "postgres" }).filters).toMatchObject({ status: "published" })
  })

  it("orders by the requested sort, and without words by stars then newest", () => {
    expect(buildSearchQuery({ ...PARAMS, sort: "price_desc" }, scope).pagination?.order).toEqual({ price: "DESC", id: "ASC" })
    expect(buildSearchQuery({ ...PARAMS, sort: "newest" }, scope).pagination?.order).toEqual({ created_at: "DESC", id: "ASC" })
    expect(buildSearchQuery(PARAMS, { ...scope, q: "" }).pagination?.order).toEqual({ stars: "DESC", created_at: "DESC", id: "ASC" })
    expect(buildSearchQuery({ ...PARAMS, mode: "prefix" }, scope).search_options?.match_strategy).toBe("last")
  })

  it("answers in the contract's shape, titles in the asked language", () => {
    const result = {
      hits: [
        {
          id: "prod_1",
          document: {
            id: "prod_1",
            handle: "tra-hoa-vang-ba-che",
            title: "Trà hoa vàng Ba Chẽ",
            title_en: "Ba Chẽ golden camellia tea",
            thumbnail: "http://files/ocop-tra.svg",
            thumbnail_en: "http://files/ocop-tra-en.svg",
            price: 720000,
            price_max: 1420000,
            currency_code: "vnd",
            stars: 5,
            group: "food",
            commune_code: "06979",
            commune_name: "Kỳ Thượng",
            producer_handle: "lam-san-dap-thanh",
            producer_name: "Lâm sản Đạp Thanh",
            rating_average: 4.3,
            rating_count: 12,
          },
        },
      ],
      facets: {
        stars: { type: "value" as const, values: [{ value: "5", count: 1 }] },
        group: { type: "value" as const, values: [{ value: "food", count: 1 }] },
        commune_code: { type: "value" as const, values: [{ value: "06979", count: 1 }] },
        producer_handle: { type: "value" as const, values: [{ value: "lam-san-dap-thanh", count: 1 }] },
        price: { type: "stats" as const, min: 720000, max: 720000, count: 1 },
      },
      metadata: { skip: 0, take: 20, count: 1 },
    }
    const en = toStoreSearchResponse(result, { ...PARAMS, locale: "en" })
    expect(en).toEqual({
      hits: [
        {
          id: "prod_1",
          handle: "tra-hoa-vang-ba-che",
          title: "Ba Chẽ golden camellia tea",
          // The seed's English card (issue #23).
          thumbnail: "http://files/ocop-tra-en.svg",
          price: { amount: 720000, currency_code: "vnd", varies: true },
          ocop: {
            stars: 5,
            group: "food",
            commune_code: "06979",
            commune_name: "Kỳ Thượng",
            producer_handle: "lam-san-dap-thanh",
            producer_name: "Lâm sản Đạp Thanh",
          },
          // Buyers' rating, apart from the OCOP stars.
          rating: { average: 4.3, count: 12 },
        },
      ],
      count: 1,
      facets: {
        stars: [{ value: 5, label: "5★", count: 1 }],
        group: [{ value: "food", label: "Food", count: 1 }],
        commune: [{ value: "06979", label: "Kỳ Thượng", count: 1 }],
        producer: [{ value: "lam-san-dap-thanh", label: "Lâm sản Đạp Thanh", count: 1 }],
        price: { min: 720000, max: 720000, currency_code: "vnd" },
      },
      limit: 20,
      offset: 0,
    })
    expect(toStoreSearchResponse(result, PARAMS).hits[0]!).toMatchObject({ title: "Trà hoa vàng Ba Chẽ", thumbnail: "http://files/ocop-tra.svg" })
    expect(toStoreSearchResponse(result, PARAMS).facets.group[0]!.label).toBe("Thực phẩm")
    // A document without buyers' reviews (average and count 0) has no rating.
    const unrated = { ...result, hits: [{ ...result.hits[0]!, document: { ...result.hits[0]!.document, rating_average: 0, rating_count: 0 } }] }
    expect(toStoreSearchResponse(unrated, PARAMS).hits[0]!.rating).toBeNull()
  })

  it("judges certificates by the calendar in Vietnam", () => {
    expect(buildSearchQuery(PARAMS, { ...scope, today: isoDateInVietnam(new Date("2026-11-29T18:00:00Z")) }).filters).toMatchObject({
      certificate_expires_at: { $gte: Date.parse("2026-11-30T00:00:00.000Z") },
    })
  })
})

describe("the answer cache", () => {
  it("shares identical searches in flight and for its time to live, never failures", async () => {
    const cache = new ResponseCache<number>(1000)
    let calls = 0
    const compute = async () => ++calls
    const [a, b] = await Promise.all([cache.get("k", compute, 0), cache.get("k", compute, 10)])
    expect([a, b, calls]).toEqual([1, 1, 1])
    expect(await cache.get("k", compute, 999)).toBe(1)
    expect(await cache.get("k", compute, 1000)).toBe(2)
    await expect(cache.get("bad", async () => Promise.reject(new Error("x")), 0)).rejects.toThrow("x")
    expect(await cache.get("bad", async () => 7, 1)).toBe(7)
    const off = new ResponseCache<number>(0)
    expect(await off.get("k", compute)).toBe(3)
    expect(await off.get("k", compute)).toBe(4)
  })
})

const hit = (id: string) => ({ id })

describe("whole-word hits first in a prefix search", () => {
  it("puts the whole-word hits before the other prefix hits, each in its own order, without doubles", () => {
    const exact = [hit("tra-hoa-vang"), hit("tra-giao-co-lam")]
    const all = [hit("tham-quan-trang-trai"), hit("tra-hoa-vang"), hit("trang-suc"), hit("tra-giao-co-lam")]
    expect(exactFirstPage(exact, all, 0, 3).map((h) => h.id)).toEqual(["tra-hoa-vang", "tra-giao-co-lam", "tham-quan-trang-trai"])
    expect(exactFirstPage(exact, all, 2, 3).map((h) => h.id)).toEqual(["tham-quan-trang-trai", "trang-suc"])
  })

  it("applies to a prefix query ranked by relevance only", () => {
    const base = { entity: "product", filters: { q: "tra" }, pagination: { order: { _score: "DESC" as const, id: "ASC" as const } } }
    expect(wantsExactFirst({ ...base, search_options: { match_strategy: "last" } })).toBe(true)
    expect(wantsExactFirst({ ...base, search_options: { match_strategy: "all" } })).toBe(false)
    expect(wantsExactFirst({ ...base, pagination: { order: { price: "ASC" } }, search_options: { match_strategy: "last" } })).toBe(false)
    expect(wantsExactFirst({ ...base, filters: {}, search_options: { match_strategy: "last" } })).toBe(false)
  })
})

describe("generatedImageIn (issue #23: the English site shows the English card)", () => {
  const metadata = { generated_image: { vi: "http://files/ocop-tra.svg", en: "http://files/ocop-tra-en.svg" } }
  it("swaps a generated card for its sibling in the language asked", () => {
    expect(generatedImageIn("http://files/ocop-tra.svg", metadata, "en")).toBe("http://files/ocop-tra-en.svg")
    expect(generatedImageIn("http://files/ocop-tra-en.svg", metadata, "vi")).toBe("http://files/ocop-tra.svg")
  })
  it("leaves a producer's own photo, and products without generated cards, alone", () => {
    expect(generatedImageIn("http://files/photo.jpg", metadata, "en")).toBe("http://files/photo.jpg")
    expect(generatedImageIn("http://files/ocop-tra.svg", {}, "en")).toBe("http://files/ocop-tra.svg")
    expect(generatedImageIn(null, metadata, "en")).toBeNull()
  })
})
