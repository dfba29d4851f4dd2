import { medusaIntegrationTestRunner } from "../helpers/runner"
import { certificate } from "../helpers/ocop"
import { application, approve, certify, fails, newProduct, openShop, signUp, type Shop } from "../producer/portal"

// GET /store/ocop-certificates?q= and /:id: the public certificate lookup behind
// /{locale}/certificates. Only decided certificates that cover a product are public; any text is
// matched literally; bad input is a 400 naming q or an empty answer, never a 500.

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop

    beforeEach(async () => {
      shop = await openShop(getContainer(), api)
    })

    it("finds a certificate by decision number, product or producer, and shows it with its product and producer", async () => {
      const producer = await signUp(api, `tra-cuu-${Date.now()}@example.vn`, application(7, { display_name: "Lâm sản Đạp Thanh" }))
      await approve(api, shop.admin, producer.producerId)
      const product = await newProduct(api, producer, "Trà hoa vàng Ba Chẽ")
      await certify(api, shop.admin, producer, product.id, { decision_number: "377/QĐ-BNN-VPĐP", stars: 5, score: 92, issuing_level: "national", issuing_authority: "Bộ Nông nghiệp và Phát triển nông thôn" })
      // A producer's request awaiting verification is not public.
      const other = await newProduct(api, producer, "Trà hoa vàng túi lọc")
      await api.post(`/producer/products/${other.id}/certificate-requests`, { ...certificate({ decision_number: "377/QĐ-BNN-VPĐP" }), sample_data: undefined, historic_locality: undefined }, producer.auth)

      for (const q of ["377/QĐ-BNN", "trà hoa vàng ba", "Đạp Thanh"]) {
        const { data } = await api.get(`/store/ocop-certificates?q=${encodeURIComponent(q)}`, shop.store)
        expect(data.count, q).toBe(1)
        expect(data.certificates[0]).toMatchObject({
          decision_number: "377/QĐ-BNN-VPĐP",
          stars: 5,
          score: 92,
          validity: "valid",
          commune_name: "Xã Kỳ Thượng",
          product: { id: product.id, handle: product.handle, title: "Trà hoa vàng Ba Chẽ" },
          producer: { display_name: "Lâm sản Đạp Thanh" },
        })
        expect(JSON.stringify(data)).not.toMatch(/ocop_request|status_reason|metadata/)
      }
      const id = (await api.get(`/store/ocop-certificates?q=377`, shop.store)).data.certificates[0].id
      const { data: one } = await api.get(`/store/ocop-certificates/${id}`, shop.store)
      expect(one.certificate).toMatchObject({ id, decision_number: "377/QĐ-BNN-VPĐP", product: { id: product.id }, producer: { display_name: "Lâm sản Đạp Thanh" } })
    })

    it("answers bad input with nothing found or a 400 naming q, never a 500", async () => {
      for (const q of ["", "   ", "%", "_", "\\", "🍵🐟", "' OR 1=1; DROP TABLE ocop_certificate; --"]) {
        const { status, data } = await api.get(`/store/ocop-certificates?q=${encodeURIComponent(q)}`, shop.store)
        expect(status, q).toBe(200)
        expect(data).toEqual({ certificates: [], count: 0 })
      }
      for (const q of ["x".repeat(10_240), "a\u0000b"]) {
        const refused = await fails(api.get(`/store/ocop-certificates?q=${encodeURIComponent(q)}`, shop.store))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/\bq\b/)
      }
      expect((await fails(api.get(`/store/ocop-certificates/ocert_khong_co`, shop.store))).status).toBe(404)
    })
  },
})
