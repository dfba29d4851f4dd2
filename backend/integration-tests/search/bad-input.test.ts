// Bad input to GET /store/search: a clear 400 for what the contract refuses, a correct (maybe empty)
// result for anything typed into the search box, never a 500 and never SQL in an answer.

import { medusaIntegrationTestRunner } from "../helpers/runner"
import { loadCatalog } from "./fixtures"

const HANDLES = ["tra-hoa-vang-ba-che", "tra-hoa-vang-quy-hoa", "nuoc-mam-cai-rong", "ngoc-trai-akoya-ngoc-trai-ha-long"]

/** Parameters the contract refuses, and a word the 400 message must contain. */
const REFUSED: Array<[string, string]> = [
  // A NUL byte is refused on every route (issue #21), naming the parameter.
  [`q=${encodeURIComponent("\u0000")}`, "parameter q"],
  [`q=${encodeURIComponent("tra\u0000hoa vang")}`, "parameter q"],
  [`q=${"a".repeat(10_000)}`, "200 characters"],
  [`q=${encodeURIComponent("tra ".repeat(51))}`, "200 characters"],
  ["limit=-1", "limit"],
  ["limit=0", "limit"],
  ["limit=101", "limit"],
  ["limit=100000", "limit"],
  ["limit=abc", "limit"],
  ["limit=1.5", "limit"],
  ["offset=-1", "offset"],
  ["offset=99999999", "offset"],
  ["stars=abc", "stars"],
  ["stars=2", "stars"],
  ["stars=6", "stars"],
  ["stars=4,5,abc", "stars"],
  ["group=drinks", "group"],
  ["group=food,nope", "group"],
  ["commune=99999", "commune"],
  ["commune=Ha%20Long", "commune"],
  ["producer=Bad%20Handle!", "producer"],
  ["producer=%27%20OR%201%3D1%20--", "producer"],
  ["price_min=-5", "price_min"],
  ["price_max=lots", "price_max"],
  ["price_min=500&price_max=100", "price_min"],
  ["sort=random", "sort"],
  ["sort=price_asc;drop", "sort"],
  ["mode=fuzzy", "mode"],
  ["locale=fr", "locale"],
  ["foo=bar", "unknown parameter"],
  ["q=a&q=b", "q"],
  ["q[$ne]=x", "q"],
  ["limit[$gt]=1", "limit"],
]

/** Queries anyone can type: each must answer 200 with a well-formed (maybe empty) result. */
const TYPED: string[] = [
  "' OR 1=1 --",
  "'; DROP TABLE product; --",
  '"unbalanced',
  "unbalanced'",
  "status = \"draft\"",
  "stars > 0 OR id EXISTS",
  ") OR (1=1",
  "%",
  "_",
  "*",
  "\\",
  "\\\\'\"",
  "a & b | !c",
  "tra:* & hoa",
  "<script>alert(1)</script>",
  "😀",
  "🍵 trà hoa vàng 🍵",
  "\u0007\u001b[31m",
  "\t\n\r",
  "\u202e\u200b\u00ad",
  "ｔｒａ ｈｏａ ｖａｎｇ",
  "tra" + "\u0300".repeat(150),
  "ĐĐĐđđđ",
  "x".repeat(200),
  "1",
  "-1",
  "NaN",
]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    const get = (query: string, h: Record<string, string> = headers) =>
      api.get(`/store/search?${query}`, { headers: h, validateStatus: () => true })

    beforeAll(async () => {
      const catalog = await loadCatalog(getContainer(), { handles: HANDLES })
      headers = { "x-publishable-api-key": catalog.publishableKey }
    })

    it("needs a publishable key, as every store route", async () => {
      const response = await get("q=tra", {})
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(/publishable/i)
      const wrong = await get("q=tra", { "x-publishable-api-key": "pk_nope" })
      expect(wrong.status).toBe(400)
    })

    it("answers 400 with a message naming the parameter for input the contract refuses", async () => {
      const problems: string[] = []
      for (const [query, word] of REFUSED) {
        const response = await get(query)
        const label = query.length > 60 ? `${query.slice(0, 60)}…` : query
        if (response.status !== 400) problems.push(`${label} → ${response.status}`)
        else if (!String(response.data.message).includes(word)) problems.push(`${label} → "${response.data.message}" (no "${word}")`)
        else if (/select|from\s+"|where\s|sql/i.test(response.data.message)) problems.push(`${label} → SQL in message`)
      }
      expect(problems).toEqual([])
    })

    it("answers anything typed into the search box with a correct result, never a 500", async () => {
      const problems: string[] = []
      for (const q of TYPED) {
        const response = await get(`q=${encodeURIComponent(q)}`)
        const label = JSON.stringify(q.length > 40 ? `${q.slice(0, 40)}…` : q)
        if (response.status !== 200) {
          problems.push(`${label} → ${response.status} ${JSON.stringify(response.data).slice(0, 200)}`)
          continue
        }
        const body = response.data
        if (!Array.isArray(body.hits) || typeof body.count !== "number" || !body.facets) problems.push(`${label} → malformed body`)
        if (body.count < body.hits.length) problems.push(`${label} → count below hits`)
      }
      expect(problems).toEqual([])
    })

    it("never widens the store scope: SQL and filter syntax in q find only what its words find", async () => {
      const all = (await get("limit=100")).data.count
      for (const q of ["' OR 1=1 --", "status = \"draft\"", ") OR (1=1", "stars > 0 OR id EXISTS"]) {
        const body = (await get(`q=${encodeURIComponent(q)}`)).data
        expect(body.count).toBeLessThan(all)
      }
      // Only emoji and punctuation: nothing to search for.
      expect((await get(`q=${encodeURIComponent("😀 !!")}`)).data.count).toBe(0)
      // Words among the noise still count.
      const mixed = (await get(`q=${encodeURIComponent("🍵 trà hoa vàng 🍵")}`)).data
      expect(mixed.hits.map((h: { handle: string }) => h.handle)).toEqual(
        expect.arrayContaining(["tra-hoa-vang-ba-che", "tra-hoa-vang-quy-hoa"])
      )
    })

    it("accepts the contract's own forms of valid input", async () => {
      for (const query of [
        "",
        "q=",
        "limit=1",
        "limit=100",
        "offset=10000",
        "stars=4,5",
        "stars=4&stars=5",
        "stars[]=5",
        "group=food,handicraft",
        "commune=06979",
        "producer=no-such-producer",
        "price_min=0&price_max=1000000",
        "price_min=",
        "sort=newest",
        "locale=en",
        "locale=vi-VN",
        "mode=prefix&q=tr",
      ]) {
        const response = await get(query)
        expect({ query, status: response.status }).toEqual({ query, status: 200 })
      }
      expect((await get("producer=no-such-producer")).data.count).toBe(0)
      expect((await get("offset=10000")).data.hits).toEqual([])
    })
  },
})
