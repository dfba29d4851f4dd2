import { medusaIntegrationTestRunner } from "../helpers/runner"
import jsQR from "jsqr"
import { PNG } from "pngjs"
import { openShop, type Shop } from "../producer/portal"
import { createProduct } from "../helpers/ocop"
import { activePartner, bearer, fails, partnerApplication, signUpPartner } from "./partners"


function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png)
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let productIds: string[]
    beforeAll(async () => {
      shop = await openShop(getContainer(), api)
      const products = await Promise.all([1, 2, 3].map((i) => createProduct(getContainer(), shop, `Quà thử nghiệm ${i}`)))
      productIds = products.map((p) => p.id)
    })

    describe("application, approval and referral code", () => {
      it("files a pending application; the pending partner reads /partner/me but nothing else; approval assigns a unique code", async () => {
        const p = await signUpPartner(api, "cruise-1@example.vn", partnerApplication(1, { display_name: "Du thuyền Ánh Dương", kind: "cruise" }))
        expect(p.filedStatus).toBe(201)
        expect(p.partner).toMatchObject({ display_name: "Du thuyền Ánh Dương", kind: "cruise", status: "pending", referral_code: null })

        const me = await api.get("/partner/me", p.auth)
        expect(me.data.partner).toMatchObject({ id: p.partnerId, status: "pending", commission_rate: 0.05 })
        const blocked = await fails(api.get("/partner/shelves", p.auth))
        expect(blocked.status).toBe(403)
        expect(blocked.data.message).toMatch(/waiting for the marketplace's review/)

        const pending = await api.get("/admin/partners?status=pending", shop.admin)
        expect(pending.data.partners.map((x: { id: string }) => x.id)).toContain(p.partnerId)

        const approved = await api.post(`/admin/partners/${p.partnerId}/status`, { status: "active" }, shop.admin)
        expect(approved.data.partner).toMatchObject({ status: "active", referral_code: "DUTHUYENANHD" })
        expect((await api.get("/partner/shelves", p.auth)).data.shelves).toEqual([])

        // Same name, next code.
        const twin = await signUpPartner(api, "cruise-2@example.vn", partnerApplication(2, { display_name: "Du thuyền Ánh Dương", kind: "cruise" }))
        const twinApproved = await api.post(`/admin/partners/${twin.partnerId}/status`, { status: "active" }, shop.admin)
        expect(twinApproved.data.partner.referral_code).toBe("DUTHUYENANHD2")

        // Suspension with a reason: the partner sees why, and is blocked again.
        expect((await fails(api.post(`/admin/partners/${twin.partnerId}/status`, { status: "suspended" }, shop.admin))).status).toBe(400)
        await api.post(`/admin/partners/${twin.partnerId}/status`, { status: "suspended", reason: "Hợp đồng hết hạn" }, shop.admin)
        const suspended = await fails(api.get("/partner/stats", twin.auth))
        expect(suspended.status).toBe(403)
        expect(suspended.data.message).toMatch(/suspended \(Hợp đồng hết hạn\)/)
        expect((await api.get("/partner/me", twin.auth)).data.partner.status).toBe("suspended")

        // Rate: 0–1.
        const rate = await api.post(`/admin/partners/${p.partnerId}`, { commission_rate: 0.08 }, shop.admin)
        expect(rate.data.partner.commission_rate).toBeCloseTo(0.08)
      }, 180_000)

      it("refuses bad input with the field named", async () => {
        const reg = await api.post("/auth/partner/emailpass/register", { email: "bad@example.vn", password: "mat-khau-thu-nghiem" })
        const kind = await fails(api.post("/partner/applications", partnerApplication(9, { kind: "casino" }), bearer(reg.data.token)))
        expect(kind.status).toBe(400)
        expect(kind.data.message).toMatch(/kind/)
        const phone = await fails(api.post("/partner/applications", partnerApplication(9, { phone: "call me" }), bearer(reg.data.token)))
        expect(phone.status).toBe(400)
        expect(phone.data.message).toMatch(/phone/)

        const a = await activePartner(api, shop.admin, 10)
        for (const commission_rate of [-0.1, 1.5]) {
          const res = await fails(api.post(`/admin/partners/${a.partnerId}`, { commission_rate }, shop.admin))
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(/commission_rate/)
        }
        const emptyTitle = await fails(api.post("/partner/shelves", { title: { vi: "  " }, product_ids: [] }, a.auth))
        expect(emptyTitle.status).toBe(400)
        expect(emptyTitle.data.message).toMatch(/title, vi/)
        const tooMany = await fails(
          api.post("/partner/shelves", { title: { vi: "Nhiều" }, product_ids: Array.from({ length: 500 }, (_, i) => `prod_${i}`) }, a.auth)
        )
        expect(tooMany.status).toBe(400)
        expect(tooMany.data.message).toMatch(/product_ids/)
        const unknown = await fails(api.post("/partner/shelves", { title: { vi: "Lạ" }, product_ids: [productIds[0], "prod_khong_co"] }, a.auth))
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toMatch(/product_ids: unknown products prod_khong_co/)
        const month = await fails(api.get("/partner/stats?from=2026-13", a.auth))
        expect(month.status).toBe(400)
        expect((await api.get("/partner/shelves", a.auth)).data.shelves).toEqual([])
      }, 180_000)
    })

    describe("shelves, QR codes and isolation", () => {
      it("a partner manages its own shelves; another partner gets 404 and changes nothing; no token gets 401", async () => {
        const A = await activePartner(api, shop.admin, 21)
        const B = await activePartner(api, shop.admin, 22)
        const created = await api.post(
          "/partner/shelves",
          { title: { vi: "Quà từ Vịnh Hạ Long", en: "Gifts from Ha Long Bay" }, note: { vi: "Ghi chú" }, product_ids: productIds },
          A.auth
        )
        expect(created.status).toBe(201)
        const shelf = created.data.shelf
        expect(shelf).toMatchObject({ title: { vi: "Quà từ Vịnh Hạ Long", en: "Gifts from Ha Long Bay" }, product_ids: productIds })
        expect(shelf.links.page).toBe(`http://localhost:8000/vi/shelves/${shelf.id}?ref=${A.code}`)
        expect(shelf.links.embed).toBe(`http://localhost:8000/embed/shelves/${shelf.id}?ref=${A.code}`)
        expect(shelf.links.products).toHaveLength(3)
        expect(shelf.links.products[0].url).toMatch(new RegExp(`/vi/products/.+\\?ref=${A.code}$`))

        // QR codes decode to the links.
        const png = await api.get(`/partner/shelves/${shelf.id}/qr.png`, { ...A.auth, responseType: "arraybuffer" })
        expect(png.headers["content-type"]).toBe("image/png")
        expect(decodeQr(Buffer.from(png.data))).toBe(shelf.links.page)
        const productPng = await api.get(`/partner/shelves/${shelf.id}/qr.png?product_id=${productIds[1]}`, { ...A.auth, responseType: "arraybuffer" })
        expect(decodeQr(Buffer.from(productPng.data))).toBe(shelf.links.products[1].url)
        const svg = await api.get(`/partner/shelves/${shelf.id}/qr.svg`, A.auth)
        expect(svg.headers["content-type"]).toMatch(/image\/svg\+xml/)
        expect(String(svg.data)).toMatch(/^<svg/)
        expect((await fails(api.get(`/partner/shelves/${shelf.id}/qr.png?product_id=prod_not_here`, A.auth))).status).toBe(404)

        // B: every way in to A's shelf is 404, and nothing changes.
        expect((await fails(api.get(`/partner/shelves/${shelf.id}`, B.auth))).status).toBe(404)
        expect((await fails(api.post(`/partner/shelves/${shelf.id}`, { title: { vi: "Của B" } }, B.auth))).status).toBe(404)
        expect((await fails(api.delete(`/partner/shelves/${shelf.id}`, B.auth))).status).toBe(404)
        expect((await fails(api.get(`/partner/shelves/${shelf.id}/qr.png`, B.auth))).status).toBe(404)
        expect((await fails(api.get(`/partner/shelves/${shelf.id}/qr.svg`, B.auth))).status).toBe(404)
        expect((await api.get("/partner/shelves", B.auth)).data.shelves).toEqual([])
        expect((await api.get(`/partner/shelves/${shelf.id}`, A.auth)).data.shelf.title.vi).toBe("Quà từ Vịnh Hạ Long")

        // No token, or another actor's token: 401.
        for (const path of ["/partner/me", "/partner/shelves", `/partner/shelves/${shelf.id}`, "/partner/stats", "/partner/orders"]) {
          expect((await fails(api.get(path))).status).toBe(401)
          expect((await fails(api.get(path, shop.admin))).status).toBe(401)
        }

        // A edits and deletes its own.
        const edited = await api.post(`/partner/shelves/${shelf.id}`, { product_ids: [productIds[2], productIds[0]] }, A.auth)
        expect(edited.data.shelf.product_ids).toEqual([productIds[2], productIds[0]])
        expect(edited.data.shelf.title.vi).toBe("Quà từ Vịnh Hạ Long")
        expect((await api.delete(`/partner/shelves/${shelf.id}`, A.auth)).data).toMatchObject({ id: shelf.id, deleted: true })
        expect((await fails(api.get(`/partner/shelves/${shelf.id}`, A.auth))).status).toBe(404)
      }, 180_000)
    })
  },
})
