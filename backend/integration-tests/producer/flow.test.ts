import { medusaIntegrationTestRunner } from "../helpers/runner"
import { Modules } from "@medusajs/framework/utils"
import QRCode from "qrcode"
import { PRODUCER_MODULE, type ProducerModuleService } from "../../src/modules/producer"
import { seedDemoProducerAccounts } from "../../src/scripts/seed/demo-producers"
import { createProducerWorkflow } from "../../src/workflows/producers/create-producer"
import { linkProductToProducerWorkflow } from "../../src/workflows/producers/link-product-to-producer"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import {
  application,
  approve,
  bearer,
  certificateBody,
  fails,
  graph,
  newProduct,
  openShop,
  PASSWORD,
  signUp,
  type Shop,
} from "./portal"

// A producer's life in the portal: sign-up, application, review, products, stock, certificate
// requests and their verification, QR codes; and the refusals on bad input.

// These flows make many deliberate refusals from one address (bad sign-ups, bad prices); the
// login and sign-up rate limit has its own test (integration-tests/security/http-security.test.ts).
process.env.OCOP_AUTH_MAX_FAILURES = "1000"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    beforeAll(async () => {
      shop = await openShop(getContainer(), api)
    })

    const producers = async () => (getContainer().resolve(PRODUCER_MODULE) as ProducerModuleService).listProducers({})
    const storeProducts = async (handle: string) =>
      (await api.get(`/store/producers/${handle}`, shop.store)).data.producer.products.map((p: { id: string }) => p.id)

    describe("sign-up and application", () => {
      it("register → application → pending producer with its owner, stock location and login", async () => {
        const registered = await api.post("/auth/producer/emailpass/register", { email: "Chu@HtxDinhTrung.vn", password: PASSWORD })
        const filed = await api.post(
          "/producer/applications",
          {
            legal_name: "HTX Phát triển Đình Trung",
            display_name: "HTX Đình Trung",
            commune_code: "06838",
            historic_locality: "xã Húc Động, huyện Bình Liêu",
            tax_code: "5701234567",
            contact: { name: "Hoàng Văn Trung", phone: "0203 3878 123" },
          },
          bearer(registered.data.token)
        )
        expect(filed.status).toBe(200)
        expect(filed.data.member).toMatchObject({ email: "chu@htxdinhtrung.vn", name: "Hoàng Văn Trung", role: "owner" })
        expect(filed.data.producer).toMatchObject({
          handle: "htx-dinh-trung",
          legal_name: "HTX Phát triển Đình Trung",
          kind: "cooperative",
          status: "pending",
          tax_code: "5701234567",
          email: "chu@htxdinhtrung.vn",
          commission_rate: 0.1,
          can_publish: false,
          stock_location: { id: expect.stringMatching(/^sloc_/), name: "Kho HTX Đình Trung" },
        })
        // The login now names the producer and the member.
        const identity = await getContainer().resolve(Modules.AUTH).retrieveAuthIdentity(
          (await getContainer().resolve(Modules.AUTH).listProviderIdentities({ entity_id: "Chu@HtxDinhTrung.vn" }))[0]!.auth_identity_id!
        )
        expect(identity.app_metadata).toEqual({ producer_id: filed.data.producer.id, producer_member_id: filed.data.member.id })
        // The registration token cannot file a second application, nor reach the portal.
        const again = await fails(api.post("/producer/applications", application(9), bearer(registered.data.token)))
        expect(again.status).toBe(400)
        expect((await fails(api.get("/producer/me", bearer(registered.data.token)))).status).toBe(401)
        // A fresh login reaches it.
        const login = await api.post("/auth/producer/emailpass", { email: "Chu@HtxDinhTrung.vn", password: PASSWORD })
        const me = await api.get("/producer/me", bearer(login.data.token))
        expect(me.data.producer).toMatchObject({ id: filed.data.producer.id, status: "pending", status_reason: null })
        // The admin sees it awaiting review; the stock location ships through the default channel.
        const pending = await api.get("/admin/producers?status=pending", shop.admin)
        expect(pending.data.producers.map((p: { id: string }) => p.id)).toEqual([filed.data.producer.id])
        const [location] = await graph(getContainer(), "stock_location", ["id", "sales_channels.id", "fulfillment_providers.id", "producer.id"], {
          id: filed.data.producer.stock_location.id,
        })
        expect(location.sales_channels.map((s: { id: string }) => s.id)).toEqual([shop.salesChannelId])
        expect(location.fulfillment_providers.map((s: { id: string }) => s.id)).toEqual(["manual_manual"])
        expect(location.producer.id).toBe(filed.data.producer.id)
      })

      it("refuses bad applications naming the field, creating nothing", async () => {
        const registered = await api.post("/auth/producer/emailpass/register", { email: "sai@ocop.test", password: PASSWORD })
        const auth = bearer(registered.data.token)
        const cases: Array<[Record<string, unknown>, RegExp]> = [
          [application(1, { tax_code: "12345" }), /^tax_code: /],
          [application(1, { commune_code: "00000" }), /^commune_code: unknown commune-level unit/],
          [application(1, { contact: { name: "", phone: "0912345678" } }), /^contact\.name: is required/],
          [application(1, { contact: { name: "A", phone: "gọi tôi" } }), /^contact\.phone: not a phone number/],
          [application(1, { legal_name: "Ngọc trai" }), /^kind: could not tell/],
          [{ ...application(1), status: "active" }, /Unrecognized fields: 'status'/],
          [{ ...application(1), commission_rate: 0 }, /Unrecognized fields: 'commission_rate'/],
        ]
        for (const [body, message] of cases) {
          const res = await fails(api.post("/producer/applications", body, auth))
          expect([res.status, res.data.message]).toEqual([400, expect.stringMatching(message)])
        }
        expect(await producers()).toHaveLength(0)
        expect((await fails(api.post("/producer/applications", application(1)))).status).toBe(401)
        // The same tax code twice: the second is told to ask the first's owner.
        await signUp(api, "mot@ocop.test", application(1))
        const dup = await fails(api.post("/producer/applications", application(2, { tax_code: application(1).tax_code }), auth))
        expect(dup.status).toBe(400)
        expect(dup.data.message).toMatch(/^tax_code: /)
        expect(await producers()).toHaveLength(1)
      })

      it("pending makes drafts only; the admin's suspension reason reaches the producer; approval allows publishing", async () => {
        const p = await signUp(api, "cho@ocop.test", application(3))
        const publish = await fails(
          api.post("/producer/products", { title: "Miến dong", status: "published", variants: [{ price: 60_000 }] }, p.auth)
        )
        expect(publish.status).toBe(403)
        expect(publish.data.message).toMatch(/awaiting review/)
        const draft = await newProduct(api, p, "Miến dong Bình Liêu", [60_000], 5)
        expect(draft.status).toBe("draft")
        expect((await fails(api.post(`/producer/products/${draft.id}`, { status: "published" }, p.auth))).status).toBe(403)

        await api.post(`/admin/producers/${p.producerId}/status`, { status: "suspended", reason: "Thiếu giấy phép kinh doanh" }, shop.admin)
        const me = await api.get("/producer/me", p.auth)
        expect(me.data.producer).toMatchObject({ status: "suspended", status_reason: "Thiếu giấy phép kinh doanh", can_publish: false })
        const still = await fails(api.post(`/producer/products/${draft.id}`, { status: "published" }, p.auth))
        expect(still.status).toBe(403)
        expect(still.data.message).toMatch(/suspended/)

        await approve(api, shop.admin, p.producerId)
        const published = await api.post(`/producer/products/${draft.id}`, { status: "published" }, p.auth)
        expect(published.data.product.status).toBe("published")
        expect((await newProduct(api, p, "Miến dong 500g")).status).toBe("published")
      })

      it("only the owner edits the profile; legal data stays the marketplace's", async () => {
        const p = await signUp(api, "chu@ocop.test", application(4))
        const updated = await api.post("/producer/me", { story_vi: "Làm miến từ củ dong riềng.", website: "https://mien.example" }, p.auth)
        expect(updated.data.producer).toMatchObject({ story_vi: "Làm miến từ củ dong riềng.", website: "https://mien.example" })
        expect((await fails(api.post("/producer/me", { website: "ftp://x" }, p.auth))).data.message).toMatch(/^website: /)
        expect((await fails(api.post("/producer/me", { tax_code: "0000000000" }, p.auth))).status).toBe(400)

        // A staff member of the same producer.
        const auth = getContainer().resolve(Modules.AUTH)
        const { authIdentity } = await auth.register("emailpass", { body: { email: "nv@ocop.test", password: PASSWORD } } as never)
        const service = getContainer().resolve(PRODUCER_MODULE) as ProducerModuleService
        const staff = await service.createProducerMembers({
          email: "nv@ocop.test", name: "Nhân viên", role: "staff", producer_id: p.producerId, auth_identity_id: authIdentity!.id,
        } as never)
        await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { producer_id: p.producerId, producer_member_id: staff.id } })
        const login = await api.post("/auth/producer/emailpass", { email: "nv@ocop.test", password: PASSWORD })
        const me = await api.get("/producer/me", bearer(login.data.token))
        expect(me.data.member).toMatchObject({ role: "staff" })
        expect(me.data.producer.id).toBe(p.producerId)
        const refused = await fails(api.post("/producer/me", { story_vi: "x" }, bearer(login.data.token)))
        expect(refused.status).toBe(403)
      })
    })

    describe("products and stock", () => {
      it("creates a product with variants, VND prices and stock at the producer's own location", async () => {
        const p = await signUp(api, "sp@ocop.test", application(5))
        await approve(api, shop.admin, p.producerId)
        const { data } = await api.post(
          "/producer/products",
          {
            title: "Trà hoa vàng Ba Chẽ",
            description: "Hoa trà vàng sấy khô.",
            group: "food",
            variants: [
              { title: "Hộp 50g", sku: "THV-50", price: 1_250_000, stock: 12 },
              { title: "Hộp 100g", sku: "THV-100", price: 2_400_000, stock: 3 },
            ],
          },
          p.auth
        )
        const product = data.product
        expect(product).toMatchObject({
          title: "Trà hoa vàng Ba Chẽ",
          handle: "tra-hoa-vang-ba-che",
          status: "published",
          group: "food",
          archived: false,
          storefront_url: "http://localhost:8000/vi/products/tra-hoa-vang-ba-che",
          ocop_certificate: null,
        })
        expect(product.variants).toEqual([
          expect.objectContaining({ title: "Hộp 50g", sku: "THV-50", price: 1_250_000, stocked_quantity: 12, available_quantity: 12 }),
          expect.objectContaining({ title: "Hộp 100g", sku: "THV-100", price: 2_400_000, stocked_quantity: 3 }),
        ])
        const [row] = await graph(getContainer(), "product", ["producer.id", "metadata", "sales_channels.id", "variants.prices.amount"], { id: product.id })
        expect(row.producer.id).toBe(p.producerId)
        // Not on sale until the admin verifies a certificate: kept out of the store's channel,
        // which it joins then (integration-tests/http/catalog-on-sale.test.ts).
        expect(row.sales_channels).toEqual([])
        expect(row.metadata.ocop_delisted).toMatchObject({ reason_code: "no_certificate", sales_channel_ids: [shop.salesChannelId] })
        // The same title again gets a handle of its own.
        const again = await newProduct(api, p, "Trà hoa vàng Ba Chẽ")
        expect(again.handle).toBe("tra-hoa-vang-ba-che-2")

        const stock = await api.get("/producer/stock", p.auth)
        expect(stock.data.stock_location).toEqual({ id: p.locationId, name: "Kho Thử nghiệm 5" })
        expect(stock.data.items.find((i: { sku: string }) => i.sku === "THV-50")).toMatchObject({ stocked_quantity: 12, reserved_quantity: 0 })
        const set = await api.post("/producer/stock", { levels: [{ variant_id: product.variants[1].id, stocked_quantity: 40 }] }, p.auth)
        expect(set.data.items).toEqual([expect.objectContaining({ variant_id: product.variants[1].id, stocked_quantity: 40 })])
        const levels = await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ location_id: p.locationId })
        expect(levels.map((l) => Number(l.stocked_quantity)).sort((a, b) => a - b)).toEqual([10, 12, 40])

        // Edit: title, a price; a duplicate SKU is refused.
        const edited = await api.post(
          `/producer/products/${product.id}`,
          { title: "Trà hoa vàng Ba Chẽ (hộp)", variants: [{ id: product.variants[0].id, price: 1_300_000 }] },
          p.auth
        )
        expect(edited.data.product.title).toBe("Trà hoa vàng Ba Chẽ (hộp)")
        expect(edited.data.product.variants[0].price).toBe(1_300_000)
        expect(edited.data.product.variants[1].price).toBe(2_400_000)
        const dupSku = await fails(api.post(`/producer/products/${again.id}`, { variants: [{ id: again.variants[0]!.id, sku: "THV-50" }] }, p.auth))
        expect(dupSku.status).toBe(400)
        expect(dupSku.data.message).toBe('variants.0.sku: "THV-50" is already used')

        // Archive: unpublished, out of the default list, back when published again.
        const archived = await api.delete(`/producer/products/${again.id}`, p.auth)
        expect(archived.data).toMatchObject({ id: again.id, archived: true, product: { status: "draft", archived: true } })
        expect((await api.get("/producer/products", p.auth)).data.products.map((x: { id: string }) => x.id)).toEqual([product.id])
        expect((await api.get("/producer/products?archived=true", p.auth)).data.products.map((x: { id: string }) => x.id)).toEqual([again.id])
        const back = await api.post(`/producer/products/${again.id}`, { status: "published" }, p.auth)
        expect(back.data.product).toMatchObject({ status: "published", archived: false })
      })

      it("refuses negative and decimal prices and stock below zero, per field, changing nothing", async () => {
        const p = await signUp(api, "gia@ocop.test", application(6))
        const before = (await graph(getContainer(), "product", ["id"], {})).length
        const bad = await fails(
          api.post(
            "/producer/products",
            {
              title: "Chả mực",
              variants: [
                { title: "Hộp 500g", price: -1000 },
                { title: "Hộp 1kg", price: 250_000.5 },
                { title: "Hộp 2kg", price: 500_000, stock: -3 },
                { title: "Hộp 3kg", price: 700_000, stock: 1.5 },
              ],
            },
            p.auth
          )
        )
        expect(bad.status).toBe(400)
        expect(bad.data.errors).toEqual([
          { field: "variants.0.price", message: "must not be negative; got -1000" },
          { field: "variants.1.price", message: "must be a whole number of đồng (VND has no decimals); got 250000.5" },
          { field: "variants.2.stock", message: "stock cannot be below zero; got -3" },
          { field: "variants.3.stock", message: "must be a whole number of units; got 1.5" },
        ])
        expect(bad.data.message).toMatch(/^variants\.0\.price: must not be negative/)
        const stringPrice = await fails(api.post("/producer/products", { title: "X", variants: [{ price: "100000" }] }, p.auth))
        expect(stringPrice.status).toBe(400)
        const noVariants = await fails(api.post("/producer/products", { title: "X", variants: [] }, p.auth))
        expect(noVariants.status).toBe(400)
        const badGroup = await fails(api.post("/producer/products", { title: "X", group: "gems", variants: [{ price: 1 }] }, p.auth))
        expect(badGroup.data.errors).toEqual([{ field: "group", message: expect.stringMatching(/^must be one of food/) }])
        expect((await graph(getContainer(), "product", ["id"], {})).length).toBe(before)

        const product = await newProduct(api, p, "Chả mực Hạ Long", [250_000], 4)
        const editBad = await fails(api.post(`/producer/products/${product.id}`, { variants: [{ id: product.variants[0]!.id, price: 9.99 }] }, p.auth))
        expect(editBad.data.errors).toEqual([{ field: "variants.0.price", message: "must be a whole number of đồng (VND has no decimals); got 9.99" }])
        const stockBad = await fails(api.post("/producer/stock", { levels: [{ variant_id: product.variants[0]!.id, stocked_quantity: -1 }] }, p.auth))
        expect(stockBad.status).toBe(400)
        expect(stockBad.data.errors).toEqual([{ field: "levels.0.stocked_quantity", message: "stock cannot be below zero; got -1" }])
        const view = await api.get(`/producer/products/${product.id}`, p.auth)
        expect(view.data.product.variants[0]).toMatchObject({ price: 250_000, stocked_quantity: 4 })
      })

      it("QR codes encode the storefront product page", async () => {
        const p = await signUp(api, "qr@ocop.test", application(7))
        const product = await newProduct(api, p, "Gốm Đông Triều")
        const url = `http://localhost:8000/vi/products/${product.handle}`
        const png = await api.get(`/producer/products/${product.id}/qr.png`, { ...p.auth, responseType: "arraybuffer" })
        expect(png.headers["content-type"]).toBe("image/png")
        const bytes = Buffer.from(png.data)
        expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
        expect(bytes.equals(await QRCode.toBuffer(url, { errorCorrectionLevel: "M", margin: 2, type: "png", width: 600 }))).toBe(true)
        const svg = await api.get(`/producer/products/${product.id}/qr.svg`, p.auth)
        expect(svg.headers["content-type"]).toMatch(/^image\/svg\+xml/)
        expect(svg.data).toBe(await QRCode.toString(url, { errorCorrectionLevel: "M", margin: 2, type: "svg" }))
        expect(svg.headers["x-encoded-url"]).toBe(url)
      })
    })

    describe("demo accounts of the development seed", () => {
      it("seedDemoProducerAccounts: both logins reach their producer, stock moves to its own location, idempotent", async () => {
        const container = getContainer()
        const pearl = (
          await createProducerWorkflow(container).run({
            input: { handle: "ngoc-trai-ha-long", legal_name: "Công ty Cổ phần Ngọc trai Hạ Long", display_name: "Ngọc trai Hạ Long", status: "active", commune_code: "06706" },
          })
        ).result
        await createProducerWorkflow(container).run({
          input: { handle: "lam-san-dap-thanh", legal_name: "Công ty Cổ phần Kinh doanh Lâm sản Đạp Thanh", display_name: "Lâm sản Đạp Thanh", status: "active", commune_code: "06979" },
        })
        const { result: [akoya] } = await createProductsWorkflow(container).run({
          input: {
            products: [
              {
                title: "Ngọc trai Akoya",
                status: "published",
                shipping_profile_id: shop.shippingProfileId,
                sales_channels: [{ id: shop.salesChannelId }],
                options: [{ title: "Loại", values: ["Chuỗi"] }],
                variants: [{ title: "Chuỗi", options: { "Loại": "Chuỗi" }, manage_inventory: true, prices: [{ currency_code: "vnd", amount: 4_500_000 }] }],
              },
            ],
          },
        })
        await linkProductToProducerWorkflow(container).run({ input: { product_id: akoya!.id, producer_id: pearl.id } })
        const [variant] = await graph(container, "product_variant", ["inventory_items.inventory_item_id"], { id: akoya!.variants[0]!.id })
        const itemId = variant.inventory_items[0].inventory_item_id
        await createInventoryLevelsWorkflow(container).run({
          input: { inventory_levels: [{ inventory_item_id: itemId, location_id: shop.stockLocationId, stocked_quantity: 7 }] },
        })

        const first = await seedDemoProducerAccounts(container)
        expect(first.map((r) => [r.email, r.created, r.stock_moved])).toEqual([
          ["producer@ocop.local", true, 1],
          ["producer2@ocop.local", true, 0],
        ])
        const again = await seedDemoProducerAccounts(container)
        expect(again.map((r) => [r.created, r.stock_moved, r.member_id, r.stock_location_id])).toEqual(
          first.map((r) => [false, 0, r.member_id, r.stock_location_id])
        )

        for (const [email, handle] of [["producer@ocop.local", "ngoc-trai-ha-long"], ["producer2@ocop.local", "lam-san-dap-thanh"]]) {
          const login = await api.post("/auth/producer/emailpass", { email, password: "ocop-dev-producer" })
          const me = await api.get("/producer/me", bearer(login.data.token))
          expect(me.data.producer).toMatchObject({ handle, status: "active", can_publish: true })
          expect(me.data.member).toMatchObject({ email, role: "owner" })
        }
        const login = await api.post("/auth/producer/emailpass", { email: "producer@ocop.local", password: "ocop-dev-producer" })
        const stock = await api.get("/producer/stock", bearer(login.data.token))
        expect(stock.data.stock_location).toEqual({ id: first[0]!.stock_location_id, name: "Kho Ngọc trai Hạ Long" })
        expect(stock.data.items).toEqual([expect.objectContaining({ product_id: akoya!.id, stocked_quantity: 7 })])
        const warehouse = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: itemId })
        expect(warehouse.map((l) => l.location_id)).toEqual([first[0]!.stock_location_id])
      })
    })

    describe("certificate requests", () => {
      it("new certificate: pending until the admin verifies it, then shown in the store", async () => {
        const p = await signUp(api, "cert@ocop.test", application(8))
        await approve(api, shop.admin, p.producerId)
        const product = await newProduct(api, p, "Mật ong Bình Liêu")
        const handle = (await api.get("/producer/me", p.auth)).data.producer.handle
        expect(await storeProducts(handle)).toEqual([])

        const req = await api.post(`/producer/products/${product.id}/certificate-requests`, certificateBody(), p.auth)
        expect(req.status).toBe(201)
        expect(req.data).toMatchObject({ kind: "new", certificate: { status: "pending_verification", stars: 4, validity: "pending_verification" } })
        expect(await storeProducts(handle)).toEqual([])
        const listed = await api.get("/admin/certificates?status=pending_verification", shop.admin)
        expect(listed.data.certificates.map((c: { id: string }) => c.id)).toEqual([req.data.certificate.id])

        const verified = await api.post(`/admin/certificates/${req.data.certificate.id}/verify`, {}, shop.admin)
        expect(verified.data).toMatchObject({ product_id: product.id, certificate: { id: req.data.certificate.id, status: "valid", stars: 4 } })
        expect(await storeProducts(handle)).toEqual([product.id])
        const again = await fails(api.post(`/admin/certificates/${req.data.certificate.id}/verify`, {}, shop.admin))
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/not awaiting verification/)
        expect((await fails(api.post(`/admin/certificates/ocert_missing/verify`, {}, shop.admin))).status).toBe(404)
      })

      it("star change: the certificate in force stays on show until the change is verified", async () => {
        const p = await signUp(api, "sao@ocop.test", application(10))
        await approve(api, shop.admin, p.producerId)
        const product = await newProduct(api, p, "Rượu ba kích")
        const handle = (await api.get("/producer/me", p.auth)).data.producer.handle
        const first = await api.post(`/producer/products/${product.id}/certificate-requests`, certificateBody({ stars: 3, score: 60 }), p.auth)
        await api.post(`/admin/certificates/${first.data.certificate.id}/verify`, { approved: true }, shop.admin)

        const change = await api.post(
          `/producer/products/${product.id}/certificate-requests`,
          certificateBody({ stars: 4, score: 82, decision_number: "88/QĐ-UBND" }),
          p.auth
        )
        expect(change.data).toMatchObject({ kind: "change", certificate: { status: "pending_verification", stars: 4 } })
        expect(change.data.certificate.id).not.toBe(first.data.certificate.id)
        const view = await api.get(`/producer/products/${product.id}`, p.auth)
        expect(view.data.product.ocop_certificate).toMatchObject({ id: first.data.certificate.id, stars: 3, status: "valid" })
        expect(view.data.product.certificate_requests).toEqual([expect.objectContaining({ id: change.data.certificate.id, stars: 4 })])
        expect(await storeProducts(handle)).toEqual([product.id])

        // A second change replaces the open one rather than piling up.
        const again = await api.post(
          `/producer/products/${product.id}/certificate-requests`,
          certificateBody({ stars: 4, score: 84, decision_number: "89/QĐ-UBND" }),
          p.auth
        )
        expect(again.data.certificate.id).toBe(change.data.certificate.id)

        const verified = await api.post(`/admin/certificates/${change.data.certificate.id}/verify`, {}, shop.admin)
        expect(verified.data.certificate).toMatchObject({ id: first.data.certificate.id, stars: 4, score: 84, decision_number: "89/QĐ-UBND", status: "valid" })
        const after = await api.get(`/producer/products/${product.id}`, p.auth)
        expect(after.data.product.ocop_certificate).toMatchObject({ stars: 4, status: "valid" })
        expect(after.data.product.certificate_requests).toEqual([])
        expect(await storeProducts(handle)).toEqual([product.id])
      })

      it("rejection needs a reason and leaves the certificate in force alone; bad requests are refused", async () => {
        const p = await signUp(api, "tuchoi@ocop.test", application(11))
        await approve(api, shop.admin, p.producerId)
        const product = await newProduct(api, p, "Nước mắm Cái Rồng")
        const first = await api.post(`/producer/products/${product.id}/certificate-requests`, certificateBody(), p.auth)
        await api.post(`/admin/certificates/${first.data.certificate.id}/verify`, {}, shop.admin)
        const change = await api.post(`/producer/products/${product.id}/certificate-requests`, certificateBody({ stars: 3, score: 55 }), p.auth)
        const noReason = await fails(api.post(`/admin/certificates/${change.data.certificate.id}/verify`, { approved: false }, shop.admin))
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toMatch(/^reason: /)
        const rejected = await api.post(
          `/admin/certificates/${change.data.certificate.id}/verify`,
          { approved: false, reason: "Số quyết định không khớp" },
          shop.admin
        )
        expect(rejected.data.certificate).toMatchObject({ status: "revoked", status_reason: expect.stringContaining("Số quyết định không khớp") })
        const view = await api.get(`/producer/products/${product.id}`, p.auth)
        expect(view.data.product.ocop_certificate).toMatchObject({ id: first.data.certificate.id, stars: 4, status: "valid" })

        const badStars = await fails(api.post(`/producer/products/${product.id}/certificate-requests`, certificateBody({ stars: 2, score: 40 }), p.auth))
        expect(badStars.status).toBe(400)
        expect(badStars.data.message).toMatch(/^stars: 2 stars is not a certified rating/)
        const future = await fails(
          api.post(`/producer/products/${product.id}/certificate-requests`, certificateBody({ decision_date: "2999-01-01" }), p.auth)
        )
        expect(future.data.message).toMatch(/^decision_date: /)
        const old = await fails(
          api.post(`/producer/products/${product.id}/certificate-requests`, certificateBody({ decision_date: "2020-01-01" }), p.auth)
        )
        expect(old.data.message).toMatch(/^decision_date: this decision is more than 36 months old/)
        const selfValid = await fails(
          api.post(`/producer/products/${product.id}/certificate-requests`, { ...certificateBody(), status: "valid" }, p.auth)
        )
        expect(selfValid.status).toBe(400)
        expect(view.data.product.certificate_requests).toEqual([])
      })
    })
  },
})
