import { medusaIntegrationTestRunner } from "../helpers/runner"
import { addMonths, certificateExpiryDate, isoDateInVietnam, toIsoDate } from "@ocop/core"
import { seedFoundation, type FoundationRefs } from "../../src/scripts/seed/foundation"
import { OCOP_MODULE, type OcopModuleService } from "../../src/modules/ocop"
import { expireCertificatesWorkflow } from "../../src/workflows/ocop/expire-certificates"
import { upsertProductCertificateWorkflow } from "../../src/workflows/ocop/upsert-product-certificate"
import { createProducerWorkflow } from "../../src/workflows/producers/create-producer"
import { adminHeaders, certificate, createProduct, failure, monthsFromToday, storeHeaders } from "../helpers/ocop"
import { createStep, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { linkCertificateToProductStep, prepareProductCertificateStep, upsertCertificateStep } from "../../src/workflows/ocop/steps"
import { prepareProductProducerStep, relinkProductProducerStep } from "../../src/workflows/producers/steps"
import type { CertificateInput } from "../../src/workflows/ocop/certificate-rules"

// The real steps followed by one that fails: everything they did must be undone.
const failAfterWrites = createStep("test-fail-after-writes", async () => {
  throw new Error("boom after the writes")
})
const upsertThenFail = createWorkflow(
  "test-upsert-then-fail",
  (input: { product_id: string; certificate: CertificateInput; producer_id: string }) => {
    const prepared = prepareProductCertificateStep(
      transform({ input }, ({ input }) => ({ product_id: input.product_id, certificate: input.certificate }))
    )
    const upserted = upsertCertificateStep(prepared)
    linkCertificateToProductStep(
      transform({ prepared, upserted }, ({ prepared, upserted }) => ({
        product_id: prepared!.product_id,
        certificate_id: upserted!.certificate.id,
        created: upserted!.created,
      }))
    )
    const preparedLink = prepareProductProducerStep(
      transform({ input }, ({ input }) => ({ product_id: input.product_id, producer_id: input.producer_id }))
    )
    relinkProductProducerStep(preparedLink)
    failAfterWrites()
    return new WorkflowResponse(upserted)
  }
)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let refs: FoundationRefs
    let admin: { headers: Record<string, string> }

    beforeEach(async () => {
      refs = await seedFoundation(getContainer())
      admin = await adminHeaders(api)
    })

    const storedCertificates = async () =>
      (getContainer().resolve(OCOP_MODULE) as OcopModuleService).listOcopCertificates({})

    describe("POST /admin/products/:id/ocop", () => {
      it("stores a valid certificate with its 36-month expiry and links it to the product", async () => {
        const product = await createProduct(getContainer(), refs, "Trà hoa vàng Ba Chẽ")
        const body = certificate({ stars: 5, score: 92, issuing_level: "national", issuing_authority: "Bộ Nông nghiệp và PTNT",
          decision_number: " Số: 377 / QĐ–BNN-VPĐP", decision_date: "2025-01-17" })
        const { data } = await api.post(`/admin/products/${product.id}/ocop`, { certificate: body }, admin)

        expect(data.product_id).toBe(product.id)
        expect(data.certificate).toMatchObject({
          stars: 5,
          score: 92,
          group: "food",
          sub_group: "tea",
          decision_number: "377/QĐ-BNN-VPĐP",
          issuing_level: "national",
          status: "valid",
          commune_code: "06979",
          commune_name: "Xã Kỳ Thượng",
          historic_locality: "xã Đạp Thanh, huyện Ba Chẽ",
          sample_data: true,
        })
        expect(toIsoDate(data.certificate.decision_date)).toBe("2025-01-17")
        expect(toIsoDate(data.certificate.expires_at)).toBe("2028-01-17")

        const again = await api.get(`/admin/products/${product.id}/ocop`, admin)
        expect(again.data.certificate.id).toBe(data.certificate.id)
      })

      it("replaces the product's certificate instead of adding a second one", async () => {
        const product = await createProduct(getContainer(), refs, "Miến dong Bình Liêu")
        const first = await api.post(`/admin/products/${product.id}/ocop`, { certificate: certificate({ stars: 3, score: 60 }) }, admin)
        const second = await api.post(
          `/admin/products/${product.id}/ocop`,
          { certificate: certificate({ stars: 4, score: 75, decision_number: "99/QĐ-UBND" }) },
          admin
        )
        expect(second.data.certificate.id).toBe(first.data.certificate.id)
        expect(second.data.certificate).toMatchObject({ stars: 4, score: 75, decision_number: "99/QĐ-UBND" })
        expect(await storedCertificates()).toHaveLength(1)
      })

      const refusals: Array<[string, Record<string, unknown>, RegExp]> = [
        ["2 stars", { stars: 2, score: 40 }, /^stars: 2 stars is not a certified rating/],
        ["4 stars with 95 points", { stars: 4, score: 95 }, /score: 4 stars needs a score from 70 to 89; 95 points gives 5 stars/],
        ["a decision date in the future", { decision_date: monthsFromToday(2) }, /decision_date: .* is in the future/],
        ["an unknown commune", { commune_code: "99999" }, /commune_code: unknown commune-level unit "99999"/],
        ["a malformed decision number", { decision_number: "QĐ 12" }, /decision_number: a decision number looks like/],
        ["a sub-group of another group", { group: "beverage", sub_group: "tea" }, /sub_group: "tea" is not a sub-group of beverage/],
        ["5 stars from the province", { stars: 5, score: 91 }, /issuing_level: 5 stars .* national level, not province level/],
        ["score parts that do not add up", { score: 78, score_a: 30, score_b: 20, score_c: 20 }, /score: parts A \+ B \+ C add up to 70 points, not 78/],
      ]
      for (const [what, change, message] of refusals) {
        it(`refuses ${what} with 400 naming the field, storing nothing`, async () => {
          const product = await createProduct(getContainer(), refs, "Sản phẩm thử")
          const res = await failure(api.post(`/admin/products/${product.id}/ocop`, { certificate: certificate(change) }, admin))
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(message)
          expect(await storedCertificates()).toHaveLength(0)
          const { data } = await api.get(`/admin/products/${product.id}/ocop`, admin)
          expect(data.certificate).toBeNull()
        })
      }

      it("refuses a body of the wrong shape with 400 naming the field", async () => {
        const product = await createProduct(getContainer(), refs, "Sản phẩm thử")
        const res = await failure(
          api.post(`/admin/products/${product.id}/ocop`, { certificate: { ...certificate(), stars: "four" } }, admin)
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("stars")
      })

      it("stores neither the certificate nor the link when the producer does not exist", async () => {
        const product = await createProduct(getContainer(), refs, "Sản phẩm thử")
        const res = await failure(
          api.post(`/admin/products/${product.id}/ocop`, { certificate: certificate(), producer_id: "pdcr_missing" }, admin)
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/^producer_id: no producer/)
        expect(await storedCertificates()).toHaveLength(0)
      })

      it("answers 404 for an unknown product", async () => {
        const res = await failure(api.post(`/admin/products/prod_missing/ocop`, { certificate: certificate() }, admin))
        expect(res.status).toBe(404)
        expect(await storedCertificates()).toHaveLength(0)
      })

      it("stores a certificate already past its 36 months as expired, with the reason", async () => {
        const product = await createProduct(getContainer(), refs, "Gà Tiên Yên")
        const { data } = await api.post(
          `/admin/products/${product.id}/ocop`,
          { certificate: certificate({ stars: 3, score: 65, decision_date: "2021-03-10" }) },
          admin
        )
        expect(data.certificate.status).toBe("expired")
        expect(data.certificate.status_reason).toContain("Hết hạn 36 tháng kể từ ngày 10/03/2021")
      })
    })

    describe("compensation", () => {
      it("undoes a new certificate, its link and a producer change when a later step fails", async () => {
        const container = getContainer()
        const a = (await createProducerWorkflow(container).run({ input: { legal_name: "HTX A", display_name: "HTX A" } })).result
        const b = (await createProducerWorkflow(container).run({ input: { legal_name: "HTX B", display_name: "HTX B" } })).result
        const product = await createProduct(container, refs, "Ruốc hàu Vân Đồn")
        await api.post(`/admin/products/${product.id}/ocop`, { producer_id: a.id }, admin)

        const run = upsertThenFail(container).run({
          input: { product_id: product.id, certificate: certificate(), producer_id: b.id },
          throwOnError: false,
        })
        const { errors } = await run
        expect(errors[0]?.error?.message).toBe("boom after the writes")

        expect(await storedCertificates()).toHaveLength(0)
        const { data } = await api.get(`/admin/products/${product.id}/ocop`, admin)
        expect(data.certificate).toBeNull()
        expect(data.producer.id).toBe(a.id)
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const links = await query.graph({ entity: "product", fields: ["id", "ocop_certificate.id"], filters: { id: product.id } })
        expect(links.data[0]?.ocop_certificate ?? null).toBeNull()
      })

      it("puts a replaced certificate's previous values back when a later step fails", async () => {
        const container = getContainer()
        const producer = (await createProducerWorkflow(container).run({ input: { legal_name: "HTX A", display_name: "HTX A" } })).result
        const product = await createProduct(container, refs, "Nước mắm Cái Rồng")
        const before = await api.post(
          `/admin/products/${product.id}/ocop`,
          { certificate: certificate({ stars: 3, score: 60, decision_number: "10/QĐ-UBND" }) },
          admin
        )
        const { errors } = await upsertThenFail(container).run({
          input: { product_id: product.id, certificate: certificate({ stars: 4, score: 80 }), producer_id: producer.id },
          throwOnError: false,
        })
        expect(errors).toHaveLength(1)
        const { data } = await api.get(`/admin/products/${product.id}/ocop`, admin)
        expect(data.certificate).toMatchObject({ id: before.data.certificate.id, stars: 3, score: 60, decision_number: "10/QĐ-UBND" })
        expect(data.producer).toBeNull()
        expect(await storedCertificates()).toHaveLength(1)
      })
    })

    describe("expiry", () => {
      it("expires a certificate signed 37 months ago and keeps one signed 35 months ago, which shows as expiring", async () => {
        const container = getContainer()
        const producer = await createProducerWorkflow(container).run({
          input: { legal_name: "HTX Phát triển Xanh", display_name: "HTX Phát triển Xanh", status: "active", commune_code: "06979" },
        })
        const old = await createProduct(container, refs, "Mật ong Bình Liêu")
        const recent = await createProduct(container, refs, "Chè Đường Hoa")
        const oldDate = monthsFromToday(-37)
        const recentDate = monthsFromToday(-35)
        // Entered while each was new: the workflow's clock is the decision day.
        for (const [product, day] of [[old, oldDate], [recent, recentDate]] as const) {
          await upsertProductCertificateWorkflow(container).run({
            input: { product_id: product.id, certificate: certificate({ stars: 3, score: 60, decision_date: day }), now: day },
          })
          await api.post(`/admin/products/${product.id}/ocop`, { producer_id: producer.result.id }, admin)
        }
        const store = storeHeaders(refs)
        // Even before the daily job runs, the shop judges by the dates: the old one is not shown.
        const before = await api.get(`/store/producers/${producer.result.handle}`, store)
        expect(before.data.producer.products.map((p: { id: string }) => p.id)).toEqual([recent.id])
        const staleBefore = await api.get(`/admin/certificates?status=expired`, admin)
        expect(staleBefore.data.certificates.map((c: { status: string }) => c.status)).toEqual(["valid"])

        // A clock before either expiry changes nothing.
        const early = await expireCertificatesWorkflow(container).run({ input: { now: addMonths(oldDate, 36) } })
        expect(early.result.expired).toEqual([])

        // The day after the old one's last valid day: it expires, the recent one stays.
        const { result } = await expireCertificatesWorkflow(container).run({ input: { now: new Date().toISOString() } })
        expect(result.today).toBe(isoDateInVietnam())
        expect(result.product_ids).toEqual([old.id])
        expect(result.expired[0]).toMatchObject({ product_id: old.id, expires_at: certificateExpiryDate(oldDate) })

        const oldNow = await api.get(`/admin/products/${old.id}/ocop`, admin)
        expect(oldNow.data.certificate.status).toBe("expired")
        expect(oldNow.data.certificate.status_reason).toMatch(/^Hết hạn 36 tháng kể từ ngày \d\d\/\d\d\/\d{4}/)
        expect(oldNow.data.certificate.status_reason).toContain(`Expired: 36 months after the decision of ${oldDate}`)
        const recentNow = await api.get(`/admin/products/${recent.id}/ocop`, admin)
        expect(recentNow.data.certificate).toMatchObject({ status: "valid", validity: "expiring" })

        const expiring = await api.get(`/admin/certificates?status=expiring`, admin)
        expect(expiring.data.certificates.map((c: { product: { id: string } }) => c.product.id)).toEqual([recent.id])
        expect(expiring.data.certificates[0].days_until_expiry).toBeGreaterThan(0)
        expect(expiring.data.certificates[0].days_until_expiry).toBeLessThanOrEqual(90)
        const expired = await api.get(`/admin/certificates?status=expired`, admin)
        expect(expired.data.certificates.map((c: { product: { id: string } }) => c.product.id)).toEqual([old.id])
        const valid = await api.get(`/admin/certificates?status=valid`, admin)
        expect(valid.data.certificates.map((c: { product: { id: string } }) => c.product.id)).toEqual([recent.id])

        // Running again finds nothing new.
        const again = await expireCertificatesWorkflow(container).run({ input: { now: new Date().toISOString() } })
        expect(again.result.expired).toEqual([])

        // The shop stops presenting the expired product as certified.
        const after = await api.get(`/store/producers/${producer.result.handle}`, store)
        expect(after.data.producer.products.map((p: { id: string }) => p.id)).toEqual([recent.id])
        const list = await api.get(`/store/producers`, store)
        expect(list.data.producers[0].product_count).toBe(1)
      })

      it("takes an expired product out of the storefront's catalog, says why to the admin, and puts it back on renewal", async () => {
        const container = getContainer()
        const store = storeHeaders(refs)
        const old = await createProduct(container, refs, "Nước mắm Cái Rồng")
        const recent = await createProduct(container, refs, "Chả mực Hạ Long")
        const oldDate = monthsFromToday(-37)
        for (const [product, day] of [[old, oldDate], [recent, monthsFromToday(-2)]] as const) {
          await upsertProductCertificateWorkflow(container).run({
            input: { product_id: product.id, certificate: certificate({ stars: 4, score: 75, decision_date: day }), now: day },
          })
        }
        const listed = async () =>
          (await api.get(`/store/products?limit=100&fields=id`, store)).data.products.map((p: { id: string }) => p.id)
        expect(await listed()).toEqual(expect.arrayContaining([old.id, recent.id]))

        await expireCertificatesWorkflow(container).run({ input: { now: new Date().toISOString() } })

        // Medusa's own store routes no longer list or serve it; the other product stays.
        const after = await listed()
        expect(after).toContain(recent.id)
        expect(after).not.toContain(old.id)
        expect((await failure(api.get(`/store/products/${old.id}`, store))).status).toBe(404)
        const ocop = await api.get(`/admin/products/${old.id}/ocop`, admin)
        expect(ocop.data.delisting).toMatchObject({ reason_code: "certificate_expired", sales_channel_ids: [refs.salesChannelId] })
        expect(ocop.data.delisting.reason).toContain(`Expired: 36 months after the decision of ${oldDate}`)
        expect((await api.get(`/admin/products/${recent.id}/ocop`, admin)).data.delisting).toBeNull()

        // A renewed certificate (a new decision today) brings it back into the same channel.
        await api.post(`/admin/products/${old.id}/ocop`, { certificate: certificate({ stars: 4, score: 75, decision_date: monthsFromToday(0) }) }, admin)
        const deadline = Date.now() + 5000
        while (!(await listed()).includes(old.id) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
        expect(await listed()).toContain(old.id)
        expect((await api.get(`/admin/products/${old.id}/ocop`, admin)).data.delisting).toBeNull()
      })

      it("deletes a product's certificate with the product", async () => {
        const container = getContainer()
        const product = await createProduct(container, refs, "Rượu Ba Kích")
        await upsertProductCertificateWorkflow(container).run({
          input: { product_id: product.id, certificate: certificate({ stars: 3, score: 60, decision_date: monthsFromToday(-1) }) },
        })
        expect(await storedCertificates()).toHaveLength(1)
        await api.delete(`/admin/products/${product.id}`, admin)
        expect(await storedCertificates()).toHaveLength(0)
      })

      it("refuses an unknown certificates filter with 400 naming it", async () => {
        const res = await failure(api.get(`/admin/certificates?status=soon`, admin))
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("status")
      })
    })
  },
})
