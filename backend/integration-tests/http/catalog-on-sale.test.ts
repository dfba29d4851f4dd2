import { medusaIntegrationTestRunner } from "../helpers/runner"
import { addMonths, isoDateInVietnam } from "@ocop/core"
import { activePartner } from "../partner/partners"
import { certificate, monthsFromToday } from "../helpers/ocop"
import {
  application,
  approve,
  certify,
  fails,
  newProduct,
  openShop,
  readyCart,
  signUp,
  type Producer,
  type Shop,
} from "../producer/portal"
import { app, rebuildIndex } from "../search/fixtures"

// The one catalog rule (src/workflows/ocop/sync-products-on-sale.ts): a product is on sale only
// while it has a verified certificate in force and an active producer. Every change that decides
// it (the daily expiry job, the admin's revocation, renewal and verification, a producer's
// suspension) must take the product out of, or put it back into, every reader within 2 seconds:
// Medusa's /store/products and /store/products/:id, GET /store/search, the catalog feed, partner
// shelves and producer pages; and a cart that holds it must refuse to complete.

type Jobs = typeof import("../../src/jobs/expire-certificates")
type Workflows = typeof import("../../src/workflows")
const expireJob = () => app<Jobs>("../../src/jobs/expire-certificates").default
const workflows = () => app<Workflows>("../../src/workflows")

const WITHIN_MS = 2000

type Listed = { id: string; handle: string; title: string; variants: Array<{ id: string }> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let producer: Producer
    let producerHandle: string

    beforeEach(async () => {
      shop = await openShop(getContainer(), api)
      // A fresh database has no product index yet: build it (empty), as a server start would.
      await rebuildIndex(getContainer())
      producer = await signUp(api, `chu-the-${Date.now()}@example.vn`, application(1, { legal_name: "HTX Hải sản Cái Rồng" }))
      await approve(api, shop.admin, producer.producerId)
      producerHandle = producer.application.producer.handle
    })

    const ids = (list: Array<{ id: string }>) => list.map((p) => p.id)

    /** Where the product is offered now, reader by reader. */
    async function offeredIn(product: Listed, shelfId?: string) {
      const h = shop.store
      const gone = async (request: Promise<{ data: any }>) => {
        try {
          return await request
        } catch (e) {
          if ((e as { response?: { status: number } }).response?.status === 404) return null
          throw e
        }
      }
      const [list, one, search, feed, producerPage, shelf] = await Promise.all([
        api.get(`/store/products?limit=200&fields=id`, h),
        gone(api.get(`/store/products/${product.id}?fields=id`, h)),
        api.get(`/store/search?q=${encodeURIComponent(product.title)}&limit=50`, h),
        api.get(`/store/catalog-feed?format=json`, h),
        gone(api.get(`/store/producers/${producerHandle}`, h)),
        shelfId ? api.get(`/store/shelves/${shelfId}`, h) : Promise.resolve(null),
      ])
      return {
        "/store/products": ids(list.data.products).includes(product.id),
        "/store/products/:id": one !== null,
        "/store/search": ids(search.data.hits).includes(product.id),
        "/store/catalog-feed": ids(feed.data.products).includes(product.id),
        "/store/producers/:handle": producerPage !== null && ids(producerPage.data.producer.products).includes(product.id),
        ...(shelf ? { "/store/shelves/:id": ids(shelf.data.shelf.products).includes(product.id) } : {}),
      }
    }

    /**
     * Polls until every reader agrees the product is (or is not) on sale; returns how long after
     * the change the first agreeing round of reads started (the reads themselves take time on a
     * loaded machine, which is not time the change took to reach the readers).
     */
    async function everywhere(product: Listed, onSale: boolean, shelfId?: string) {
      const started = Date.now()
      let last: Record<string, boolean> = {}
      for (;;) {
        const at = Date.now() - started
        last = await offeredIn(product, shelfId)
        if (Object.values(last).every((v) => v === onSale)) return at
        if (Date.now() - started > 4 * WITHIN_MS) {
          throw new Error(`readers still disagree after ${Date.now() - started} ms; expected on sale = ${onSale}: ${JSON.stringify(last)}`)
        }
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    }

    async function certifiedProduct(title: string) {
      const product = (await newProduct(api, producer, title, [180_000], 20)) as unknown as Listed & { status: string }
      await certify(api, shop.admin, producer, product.id)
      await everywhere(product, true)
      return product
    }

    async function shelfWith(productId: string) {
      const partner = await activePartner(api, shop.admin, 1)
      const { data } = await api.post(
        "/partner/shelves",
        { title: { vi: "Quà Vân Đồn", en: "Gifts from Vân Đồn" }, product_ids: [productId] },
        partner.auth
      )
      return data.shelf.id as string
    }

    async function complete(cartId: string) {
      return api.post(`/store/carts/${cartId}/complete`, {}, shop.store)
    }

    async function cartIsOpen(cartId: string) {
      const { data } = await api.get(`/store/carts/${cartId}?fields=id,completed_at`, shop.store)
      return data.cart.completed_at === null
    }

    it("a producer's new product is not on sale, nor can be put in a cart, until the admin verifies its certificate", async () => {
      const product = (await newProduct(api, producer, "Ruốc hàu Vân Đồn", [120_000], 20)) as unknown as Listed & { status: string }
      expect(product.status).toBe("published")
      await everywhere(product, false)

      const { data: created } = await api.post("/store/carts", { region_id: shop.regionId }, shop.store)
      const add = () => api.post(`/store/carts/${created.cart.id}/line-items`, { variant_id: product.variants[0]!.id, quantity: 1 }, shop.store)
      const refused = await fails(add())
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("«Ruốc hàu Vân Đồn» hiện không bán / is not on sale")
      expect(refused.data.message).toContain("Chưa có chứng nhận OCOP. No OCOP certificate yet.")

      // The producer's request alone does not put it on sale.
      const { data: request } = await api.post(
        `/producer/products/${product.id}/certificate-requests`,
        { stars: 4, score: 78, group: "food", decision_number: "1234/QĐ-UBND", decision_date: monthsFromToday(-1), issuing_level: "province", issuing_authority: "UBND tỉnh Quảng Ninh", commune_code: "06979" },
        producer.auth
      )
      expect(request.certificate.status).toBe("pending_verification")
      await everywhere(product, false)
      expect((await fails(add())).data.message).toContain("chờ xác minh")

      // The admin's verification does.
      await api.post(`/admin/certificates/${request.certificate.id}/verify`, {}, shop.admin)
      const tookMs = await everywhere(product, true)
      expect(tookMs).toBeLessThanOrEqual(WITHIN_MS)
      expect((await add()).status).toBe(200)
    })

    it("the daily job's expiry takes the product out of every reader and out of a cart at completion; renewal puts it back", async () => {
      const product = await certifiedProduct("Chả mực Cái Rồng")
      const shelfId = await shelfWith(product.id)
      await everywhere(product, true, shelfId)

      // Its certificate is replaced by one signed 37 months ago, entered on its own day: in force
      // then, so it stays in its sales channel until the daily job judges it.
      const cartId = await readyCart(api, shop, [{ variant_id: product.variants[0]!.id, quantity: 1 }])
      const signed = monthsFromToday(-37)
      await workflows().upsertProductCertificateWorkflow(getContainer()).run({
        input: { product_id: product.id, certificate: certificate({ decision_date: signed }), now: signed },
      })
      expect((await offeredIn(product))["/store/products/:id"]).toBe(true)

      // The scheduled job (src/jobs/expire-certificates.ts) as the scheduler runs it.
      await expireJob()(getContainer())
      const tookMs = await everywhere(product, false, shelfId)
      expect(tookMs).toBeLessThanOrEqual(WITHIN_MS)

      const refused = await fails(complete(cartId))
      expect(refused.status).toBe(400)
      const lastDay = addMonths(signed, 36).split("-").reverse().join("/")
      expect(refused.data.message).toContain("«Chả mực Cái Rồng» hiện không bán / is not on sale")
      expect(refused.data.message).toContain(`hiệu lực đến hết ngày ${lastDay}`)
      expect(await cartIsOpen(cartId)).toBe(true)

      // Its page keeps answering (printed QR codes) from our route, which says why.
      const { data: page } = await api.get(`/store/ocop-products/${product.handle}`, shop.store)
      expect(page.product).toMatchObject({
        id: product.id,
        title: "Chả mực Cái Rồng",
        on_sale: false,
        not_on_sale: { reason_code: "certificate_expired", expired_on: addMonths(signed, 36) },
        certificate: { status: "expired", decision_number: "1234/QĐ-UBND", commune_name: "Xã Kỳ Thượng" },
        producer: { handle: producerHandle },
      })
      expect(JSON.stringify(page)).not.toMatch(/commission_rate|status_reason|ocop_request/)
      expect((await fails(api.get(`/store/ocop-products/khong-co-san-pham`, shop.store))).status).toBe(404)

      // A renewed certificate (a decision today) puts it back, and the same cart completes.
      await api.post(`/admin/products/${product.id}/ocop`, { certificate: certificate({ decision_date: isoDateInVietnam() }) }, shop.admin)
      expect(await everywhere(product, true, shelfId)).toBeLessThanOrEqual(WITHIN_MS)
      const { data } = await complete(cartId)
      expect(data.type).toBe("order")
      const { data: onSale } = await api.get(`/store/ocop-products/${product.handle}`, shop.store)
      expect(onSale.product).toMatchObject({ on_sale: true, not_on_sale: null, certificate: { status: "valid" } })
    })

    it("revoking the certificate takes the product off sale and out of a cart at completion; a valid certificate puts it back", async () => {
      const product = await certifiedProduct("Nước mắm Cái Rồng")
      const shelfId = await shelfWith(product.id)
      const cartId = await readyCart(api, shop, [{ variant_id: product.variants[0]!.id, quantity: 2 }])

      await api.post(
        `/admin/products/${product.id}/ocop`,
        { certificate: certificate({ status: "revoked", status_reason: "Không đạt kiểm tra chất lượng" }) },
        shop.admin
      )
      expect(await everywhere(product, false, shelfId)).toBeLessThanOrEqual(WITHIN_MS)
      const refused = await fails(complete(cartId))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("Chứng nhận OCOP đã bị thu hồi. The OCOP certificate was revoked. (Không đạt kiểm tra chất lượng)")
      expect(await cartIsOpen(cartId)).toBe(true)
      const delisted = (await api.get(`/admin/products/${product.id}/ocop`, shop.admin)).data.delisting
      expect(delisted).toMatchObject({ reason_code: "certificate_revoked", sales_channel_ids: [shop.salesChannelId] })

      await api.post(`/admin/products/${product.id}/ocop`, { certificate: certificate({ status: "valid" }) }, shop.admin)
      expect(await everywhere(product, true, shelfId)).toBeLessThanOrEqual(WITHIN_MS)
      expect((await api.get(`/admin/products/${product.id}/ocop`, shop.admin)).data.delisting).toBeNull()
      expect((await complete(cartId)).data.type).toBe("order")
    })

    it("suspending the producer takes its products off sale and out of a cart at completion; reactivating puts them back", async () => {
      const product = await certifiedProduct("Sá sùng Vân Đồn")
      const shelfId = await shelfWith(product.id)
      const cartId = await readyCart(api, shop, [{ variant_id: product.variants[0]!.id, quantity: 1 }])

      await api.post(`/admin/producers/${producer.producerId}/status`, { status: "suspended", reason: "Hồ sơ cần bổ sung" }, shop.admin)
      expect(await everywhere(product, false, shelfId)).toBeLessThanOrEqual(WITHIN_MS)
      const refused = await fails(complete(cartId))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("Chủ thể OCOP đang tạm ngừng bán trên sàn")
      expect(await cartIsOpen(cartId)).toBe(true)

      await api.post(`/admin/producers/${producer.producerId}/status`, { status: "active" }, shop.admin)
      expect(await everywhere(product, true, shelfId)).toBeLessThanOrEqual(WITHIN_MS)
      expect((await complete(cartId)).data.type).toBe("order")
    })
  },
})

