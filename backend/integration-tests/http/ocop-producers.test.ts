import { medusaIntegrationTestRunner } from "../helpers/runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { seedFoundation, type FoundationRefs } from "../../src/scripts/seed/foundation"
import { PRODUCER_MODULE, type ProducerModuleService } from "../../src/modules/producer"
import { createProducerWorkflow } from "../../src/workflows/producers/create-producer"
import { linkProductToProducerWorkflow } from "../../src/workflows/producers/link-product-to-producer"
import { upsertProductCertificateWorkflow } from "../../src/workflows/ocop/upsert-product-certificate"
import { adminHeaders, certificate, createProduct, failure, storeHeaders } from "../helpers/ocop"

const PEARL = {
  legal_name: "CTCP Ngọc trai Hạ Long",
  display_name: "Ngọc trai Hạ Long",
  commune_code: "06979",
  historic_locality: "thành phố Hạ Long",
  story_vi: "Nuôi cấy ngọc trai trên vịnh Hạ Long.",
  email: "Lienhe@NgocTraiHaLong.vn",
  website: "https://ngoctraihalong.example",
  tax_code: "5701234567",
  commission_rate: 0.12,
  sample_data: true,
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let refs: FoundationRefs
    let admin: { headers: Record<string, string> }
    let store: { headers: Record<string, string> }

    beforeEach(async () => {
      refs = await seedFoundation(getContainer())
      admin = await adminHeaders(api)
      store = storeHeaders(refs)
    })

    const producerCount = async () =>
      (await (getContainer().resolve(PRODUCER_MODULE) as ProducerModuleService).listProducers({})).length

    describe("admin producers", () => {
      it("creates a pending producer, guessing the kind and the handle", async () => {
        const { data } = await api.post("/admin/producers", PEARL, admin)
        expect(data.producer).toMatchObject({
          handle: "ngoc-trai-ha-long",
          kind: "company",
          status: "pending",
          email: "lienhe@ngoctraihalong.vn",
          commission_rate: 0.12,
          sample_data: true,
        })
        const coop = await api.post(
          "/admin/producers",
          { legal_name: "HTX Phát triển Đình Trung", display_name: "HTX Đình Trung", commune_code: "06838" },
          admin
        )
        expect(coop.data.producer).toMatchObject({ kind: "cooperative", handle: "htx-dinh-trung", commission_rate: 0.1 })

        const list = await api.get("/admin/producers?q=trai", admin)
        expect(list.data.producers.map((p: { handle: string }) => p.handle)).toEqual(["ngoc-trai-ha-long"])
        expect(list.data.producers[0]).toMatchObject({ product_count: 0, commune_name: "Xã Kỳ Thượng" })
        const pending = await api.get("/admin/producers?status=pending", admin)
        expect(pending.data.count).toBe(2)
      })

      it("refuses bad producers with 400 naming the field, storing nothing", async () => {
        const cases: Array<[Record<string, unknown>, RegExp]> = [
          [{ ...PEARL, commune_code: "00000" }, /^commune_code: unknown commune-level unit "00000"/],
          [{ ...PEARL, email: "not-an-email" }, /^email: /],
          [{ ...PEARL, commission_rate: 1.5 }, /^commission_rate: /],
          [{ ...PEARL, handle: "Ngọc Trai" }, /^handle: /],
          [{ ...PEARL, legal_name: "Ngọc trai" }, /^kind: could not tell/],
          [{ ...PEARL, kind: "shop" }, /kind/],
          [{ display_name: "X" }, /legal_name/],
        ]
        for (const [body, message] of cases) {
          const res = await failure(api.post("/admin/producers", body, admin))
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(message)
        }
        expect(await producerCount()).toBe(0)

        await api.post("/admin/producers", PEARL, admin)
        const duplicate = await failure(api.post("/admin/producers", { ...PEARL, legal_name: "CTCP Khác" }, admin))
        expect(duplicate.status).toBe(400)
        expect(duplicate.data.message).toBe('handle: "ngoc-trai-ha-long" is already used by another producer')
        expect(await producerCount()).toBe(1)
      })

      it("updates the profile and links stock locations", async () => {
        const { data } = await api.post("/admin/producers", { ...PEARL, stock_location_ids: [refs.stockLocationId] }, admin)
        const id = data.producer.id
        const updated = await api.post(`/admin/producers/${id}`, { story_en: "Pearls farmed in Ha Long Bay.", phone: "+84 203 3844 555" }, admin)
        expect(updated.data.producer).toMatchObject({ story_en: "Pearls farmed in Ha Long Bay.", phone: "+84 203 3844 555" })
        expect(updated.data.producer.stock_locations.map((l: { id: string }) => l.id)).toEqual([refs.stockLocationId])
        const bad = await failure(api.post(`/admin/producers/${id}`, { website: "ftp://x" }, admin))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/^website: /)
        const unknownField = await failure(api.post(`/admin/producers/${id}`, { status: "active" }, admin))
        expect(unknownField.status).toBe(400)
        const missing = await failure(api.get(`/admin/producers/pdcr_missing`, admin))
        expect(missing.status).toBe(404)
      })

      it("approves and suspends with a reason; suspending needs one", async () => {
        const { data } = await api.post("/admin/producers", PEARL, admin)
        const id = data.producer.id
        const approved = await api.post(`/admin/producers/${id}/status`, { status: "active" }, admin)
        expect(approved.data.producer).toMatchObject({ status: "active", status_reason: null })

        const noReason = await failure(api.post(`/admin/producers/${id}/status`, { status: "suspended" }, admin))
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toMatch(/^reason: /)
        const stillActive = await api.get(`/admin/producers/${id}`, admin)
        expect(stillActive.data.producer.status).toBe("active")

        const suspended = await api.post(
          `/admin/producers/${id}/status`,
          { status: "suspended", reason: "Giấy chứng nhận an toàn thực phẩm hết hạn" },
          admin
        )
        expect(suspended.data.producer).toMatchObject({ status: "suspended", status_reason: "Giấy chứng nhận an toàn thực phẩm hết hạn" })
        const badStatus = await failure(api.post(`/admin/producers/${id}/status`, { status: "closed" }, admin))
        expect(badStatus.status).toBe(400)
        expect(badStatus.data.message).toContain("status")
      })
    })

    describe("store producers and products", () => {
      async function certifiedProductOf(producerId: string, title: string, stars = 4, score = 80) {
        const container = getContainer()
        const product = await createProduct(container, refs, title)
        await upsertProductCertificateWorkflow(container).run({
          input: { product_id: product.id, certificate: certificate({ stars, score, group: "handicraft", sub_group: null }) },
        })
        await linkProductToProducerWorkflow(container).run({ input: { product_id: product.id, producer_id: producerId } })
        return product
      }

      it("lists active producers with their certified product counts, and shows a profile with its products", async () => {
        const container = getContainer()
        const pearl = (await createProducerWorkflow(container).run({ input: { ...PEARL, status: "active" } })).result
        const pending = (
          await createProducerWorkflow(container).run({
            input: { legal_name: "Hộ kinh doanh Mạnh Hà", display_name: "Chả mực Mạnh Hà" },
          })
        ).result
        const akoya = await certifiedProductOf(pearl.id, "Ngọc trai Akoya")
        await certifiedProductOf(pearl.id, "Ngọc trai Tahiti", 5, 95).catch(() => undefined) // 5 stars from a province: refused
        const uncertified = await createProduct(container, refs, "Ngọc trai thô")
        await linkProductToProducerWorkflow(container).run({ input: { product_id: uncertified.id, producer_id: pearl.id } })
        await certifiedProductOf(pending.id, "Chả mực Hạ Long")

        const noKey = await failure(api.get("/store/producers"))
        expect(noKey.status).toBe(400)

        const list = await api.get("/store/producers", store)
        expect(list.data.count).toBe(1)
        expect(list.data.producers).toHaveLength(1)
        const listed = list.data.producers[0]
        expect(listed).toMatchObject({
          handle: "ngoc-trai-ha-long",
          display_name: "Ngọc trai Hạ Long",
          kind: "company",
          commune_name: "Xã Kỳ Thượng",
          product_count: 1,
        })
        expect(listed).not.toHaveProperty("commission_rate")
        expect(listed).not.toHaveProperty("status_reason")
        expect(listed).not.toHaveProperty("metadata")

        const profile = await api.get(`/store/producers/ngoc-trai-ha-long?region_id=${refs.regionId}`, store)
        expect(profile.data.producer).not.toHaveProperty("commission_rate")
        expect(profile.data.producer.products).toHaveLength(1)
        expect(profile.data.producer.products[0]).toMatchObject({
          id: akoya.id,
          title: "Ngọc trai Akoya",
          price: { amount: 250000, currency_code: "vnd" },
          ocop: { stars: 4, group: "handicraft", validity: "valid", commune_name: "Xã Kỳ Thượng" },
        })
        const noPrice = await api.get(`/store/producers/ngoc-trai-ha-long`, store)
        expect(noPrice.data.producer.products[0].price).toBeNull()

        const hidden = await failure(api.get(`/store/producers/${pending.handle}`, store))
        expect(hidden.status).toBe(404)
        const unknown = await failure(api.get(`/store/producers/khong-co`, store))
        expect(unknown.status).toBe(404)

        // The list is kept in the Caching Module (src/api/store/producers/route.ts): a product put
        // on sale or taken off must change the count the next reads give, within 2 seconds.
        const countWithin2s = async (expected: number) => {
          const started = Date.now()
          let count: unknown
          while (Date.now() - started < 2000) {
            count = (await api.get("/store/producers", store)).data.producers[0]?.product_count
            if (count === expected) return
            await new Promise((resolve) => setTimeout(resolve, 50))
          }
          throw new Error(`/store/producers still counts ${String(count)} products 2 s after the change, not ${expected}`)
        }
        const second = await certifiedProductOf(pearl.id, "Ngọc trai Akoya trắng")
        await countWithin2s(2)
        await api.post(`/admin/products/${second.id}`, { status: "draft" }, admin)
        await countWithin2s(1)

        await api.post(`/admin/producers/${pearl.id}/status`, { status: "suspended", reason: "Tạm ngừng theo yêu cầu" }, admin)
        expect((await api.get("/store/producers", store)).data.producers).toEqual([])
        expect((await failure(api.get(`/store/producers/ngoc-trai-ha-long`, store))).status).toBe(404)
      })

      it("includes the certificate and the producer's public fields in store product responses", async () => {
        const container = getContainer()
        const pearl = (await createProducerWorkflow(container).run({ input: { ...PEARL, status: "active" } })).result
        const product = await createProduct(container, refs, "Ngọc trai Southsea")
        await api.post(
          `/admin/products/${product.id}/ocop`,
          { certificate: certificate({ stars: 4, score: 85, group: "handicraft", sub_group: "souvenir-decoration-household" }), producer_id: pearl.id },
          admin
        )

        const list = await api.get(`/store/products?fields=*ocop_certificate,*producer`, store)
        const item = list.data.products.find((p: { id: string }) => p.id === product.id)
        expect(item.title).toBe("Ngọc trai Southsea")
        expect(item.ocop_certificate).toMatchObject({ stars: 4, score: 85, group: "handicraft", status: "valid", commune_code: "06979" })
        expect(item.producer).toMatchObject({ id: pearl.id, handle: "ngoc-trai-ha-long", display_name: "Ngọc trai Hạ Long" })
        expect(item.producer).not.toHaveProperty("commission_rate")
        expect(item.producer).not.toHaveProperty("status_reason")

        const one = await api.get(`/store/products/${product.id}?fields=*ocop_certificate,*producer`, store)
        expect(one.data.product.ocop_certificate.stars).toBe(4)
        expect(one.data.product.producer.display_name).toBe("Ngọc trai Hạ Long")

        // Asking for a private field directly gets nothing private.
        const sneaky = await api.get(`/store/products/${product.id}?fields=id,producer.commission_rate,+producer.handle`, store)
        expect(sneaky.data.product.producer ?? {}).not.toHaveProperty("commission_rate")

        // Plain requests are unchanged.
        const plain = await api.get(`/store/products/${product.id}`, store)
        expect(plain.data.product).not.toHaveProperty("ocop_certificate")
      })

      it("gives a product one producer: linking again replaces it, null removes it", async () => {
        const container = getContainer()
        const a = (await createProducerWorkflow(container).run({ input: { ...PEARL, status: "active" } })).result
        const b = (
          await createProducerWorkflow(container).run({
            input: { legal_name: "CTCP Nước khoáng Quang Hanh", display_name: "Nước khoáng Quang Hanh", status: "active" },
          })
        ).result
        const product = await createProduct(container, refs, "Nước khoáng Quang Hanh")
        const first = await linkProductToProducerWorkflow(container).run({ input: { product_id: product.id, producer_id: a.id } })
        expect(first.result).toEqual({ product_id: product.id, producer_id: a.id, previous_producer_id: null })
        const second = await api.post(`/admin/products/${product.id}/ocop`, { producer_id: b.id }, admin)
        expect(second.data.producer).toMatchObject({ id: b.id, display_name: "Nước khoáng Quang Hanh" })

        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "producer", fields: ["id", "products.id"], filters: { id: [a.id, b.id] } })
        const byId = Object.fromEntries(data.map((p) => [p.id, (p.products ?? []).map((x: { id: string } | null) => x?.id)]))
        expect(byId[a.id]).toEqual([])
        expect(byId[b.id]).toEqual([product.id])

        const removed = await api.post(`/admin/products/${product.id}/ocop`, { producer_id: null }, admin)
        expect(removed.data.producer).toBeNull()
        const empty = await failure(api.post(`/admin/products/${product.id}/ocop`, {}, admin))
        expect(empty.status).toBe(400)

        // The product module is untouched by all this.
        const products = await container.resolve(Modules.PRODUCT).listProducts({ id: product.id })
        expect(products).toHaveLength(1)
      })
    })
  },
})
