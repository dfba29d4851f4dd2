import { medusaIntegrationTestRunner } from "../helpers/runner"
import { isCertificateInForce } from "@ocop/core"
import { parse } from "csv-parse/sync"
import { PRODUCTS } from "../../src/scripts/seed/catalog-data"
import { adminLogin } from "../producer/portal"
import { loadCatalog, type LoadedCatalog } from "../search/fixtures"
import { app } from "../search/fixtures"
import { activePartner, fails, type Headers } from "./partners"

type PartnerSeed = typeof import("../../src/scripts/seed/partners")

const EXPIRED = PRODUCTS.find((p) => !isCertificateInForce(p.certificate.decision_date))!.handle
const SHELF = [
  "ngoc-trai-akoya-ngoc-trai-ha-long",
  "cha-muc-ha-long",
  EXPIRED,
  "tra-hoa-vang-ba-che",
  "mien-dong-binh-lieu",
  // An OCOP group 6 experience: shelves take them like any other product.
  "tham-quan-trang-trai-ngoc-trai-ha-long",
]
const producerOf = (handle: string) => PRODUCTS.find((p) => p.handle === handle)!.producer

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let catalog: LoadedCatalog
    let admin: Headers
    let store: Headers
    beforeAll(async () => {
      catalog = await loadCatalog(getContainer(), { handles: SHELF })
      admin = await adminLogin(api)
      store = { headers: { "x-publishable-api-key": catalog.publishableKey } }
    }, 300_000)

    it("a public shelf shows only what shoppers can find, in the partner's order and the shopper's language", async () => {
      const A = await activePartner(api, admin, 1)
      const ids = SHELF.map((h) => catalog.productIdByHandle.get(h)!)
      const { data } = await api.post(
        "/partner/shelves",
        { title: { vi: "Quà từ Vịnh Hạ Long", en: "Gifts from Ha Long Bay" }, note: { vi: "Ghi chú", en: "A note" }, product_ids: ids },
        A.auth
      )
      const shelfId = data.shelf.id as string

      const vi = (await api.get(`/store/shelves/${shelfId}?locale=vi-VN`, store)).data.shelf
      expect(vi).toMatchObject({ id: shelfId, title: "Quà từ Vịnh Hạ Long", note: "Ghi chú", partner: { display_name: A.partner.display_name, referral_code: A.code } })
      expect(vi.products.map((p: { handle: string }) => p.handle)).toEqual(SHELF.filter((h) => h !== EXPIRED))
      const pearl = vi.products[0]
      expect(pearl).toMatchObject({
        handle: "ngoc-trai-akoya-ngoc-trai-ha-long",
        price: { amount: expect.any(Number), currency_code: "vnd" },
        ocop: { stars: expect.any(Number), group: expect.any(String), commune_code: expect.any(String), producer_handle: producerOf(SHELF[0]!) },
      })
      expect(JSON.stringify(vi)).not.toMatch(/email|phone|commission/)

      const en = (await api.get(`/store/shelves/${shelfId}?locale=en-US`, store)).data.shelf
      expect(en).toMatchObject({ title: "Gifts from Ha Long Bay", note: "A note" })
      const english = PRODUCTS.find((p) => p.handle === SHELF[0])!.title_en
      expect(en.products[0].title).toBe(english)

      // Unpublished, and a suspended producer's products, disappear.
      await api.post(`/admin/products/${ids[3]}`, { status: "draft" }, admin)
      const suspended = producerOf("mien-dong-binh-lieu")
      await api.post(`/admin/producers/${catalog.producerIdByHandle.get(suspended)}/status`, { status: "suspended", reason: "Thử nghiệm" }, admin)
      const after = (await api.get(`/store/shelves/${shelfId}`, store)).data.shelf
      const hidden = new Set([EXPIRED, SHELF[3], ...SHELF.filter((h) => producerOf(h) === suspended)])
      expect(after.products.map((p: { handle: string }) => p.handle)).toEqual(SHELF.filter((h) => !hidden.has(h)))

      // The partner still sees every product on its shelf, with its status.
      const own = (await api.get(`/partner/shelves/${shelfId}`, A.auth)).data.shelf
      expect(own.products.find((p: { id: string }) => p.id === ids[3]).status).toBe("draft")

      // Unknown shelf, or a partner no longer active: 404. No publishable key: refused.
      expect((await fails(api.get("/store/shelves/shelf_khong_co", store))).status).toBe(404)
      expect((await fails(api.get(`/store/shelves/${shelfId}`))).status).toBeGreaterThanOrEqual(400)
      await api.post(`/admin/partners/${A.partnerId}/status`, { status: "suspended", reason: "Thử nghiệm" }, admin)
      expect((await fails(api.get(`/store/shelves/${shelfId}`, store))).status).toBe(404)
    }, 300_000)

    it("the catalog feed lists the findable catalog in JSON and CSV", async () => {
      const json = (await api.get("/store/catalog-feed?format=json", store)).data
      const findable = json.products.map((p: { handle: string }) => p.handle).sort()
      expect(findable).not.toContain(EXPIRED)
      expect(json.count).toBe(json.products.length)
      expect(json.count).toBeGreaterThan(0)
      const pearl = json.products.find((p: { handle: string }) => p.handle === "ngoc-trai-akoya-ngoc-trai-ha-long")
      const seed = PRODUCTS.find((p) => p.handle === "ngoc-trai-akoya-ngoc-trai-ha-long")!
      expect(pearl).toMatchObject({
        title: { vi: seed.title_vi, en: seed.title_en },
        stars: seed.certificate.stars,
        producer: { handle: seed.producer, name: expect.any(String) },
        commune: { code: expect.any(String), name: expect.any(String) },
        price_min: { amount: Math.min(...seed.variants.map((v) => v.price)), currency_code: "vnd" },
        url: "http://localhost:8000/vi/products/ngoc-trai-akoya-ngoc-trai-ha-long",
      })
      expect(Array.isArray(pearl.images)).toBe(true)

      const csv = await api.get("/store/catalog-feed?format=csv", { ...store, responseType: "arraybuffer" })
      expect(csv.headers["content-type"]).toMatch(/text\/csv; charset=utf-8/)
      const bytes = Buffer.from(csv.data)
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const rows = parse(bytes.toString("utf8"), { bom: true, columns: true }) as Array<Record<string, string>>
      expect(rows.map((r) => r.handle).sort()).toEqual(findable)
      const row = rows.find((r) => r.handle === "ngoc-trai-akoya-ngoc-trai-ha-long")!
      expect(row).toMatchObject({ title_vi: seed.title_vi, stars: String(seed.certificate.stars), price_min_vnd: String(pearl.price_min.amount), url: pearl.url })

      const bad = await fails(api.get("/store/catalog-feed?format=xml", store))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/format/)
    }, 300_000)

    it("the development seed's demo partner signs in with code HALONGBAY and has its shelf (seeding twice changes nothing)", async () => {
      const { seedDemoPartner, DEMO_PARTNER, DEMO_SHELF_HANDLES } = app<PartnerSeed>("../../src/scripts/seed/partners")
      const first = await seedDemoPartner(getContainer())
      const again = await seedDemoPartner(getContainer())
      expect(again).toMatchObject({ partner_id: first.partner_id, shelf_id: first.shelf_id, created: false })

      const login = await api.post("/auth/partner/emailpass", { email: "partner@ocop.local", password: "ocop-dev-partner" })
      const auth = { headers: { authorization: `Bearer ${login.data.token}` } }
      const me = (await api.get("/partner/me", auth)).data.partner
      expect(me).toMatchObject({ referral_code: "HALONGBAY", status: "active", display_name: DEMO_PARTNER.display_name })
      const [shelf] = (await api.get("/partner/shelves", auth)).data.shelves
      expect(shelf.title).toEqual({ vi: "Quà từ Vịnh Hạ Long", en: "Gifts from Ha Long Bay" })
      const loaded = DEMO_SHELF_HANDLES.filter((h) => catalog.productIdByHandle.has(h))
      expect(shelf.product_ids).toEqual(loaded.map((h) => catalog.productIdByHandle.get(h)))
      expect(shelf.links.page).toBe(`http://localhost:8000/vi/shelves/${shelf.id}?ref=HALONGBAY`)
    }, 300_000)
  },
})
