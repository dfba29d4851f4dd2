import { medusaIntegrationTestRunner } from "../helpers/runner"
import { Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE, type ProducerModuleService } from "../../src/modules/producer"
import {
  application,
  approve,
  bearer,
  certificateBody,
  certify,
  fails,
  graph,
  newProduct,
  openShop,
  placeOrder,
  signUp,
  type Producer,
  type Shop,
} from "./portal"

// Producer A tries every /producer/* route on producer B's things by id: always 404 (never a
// hint that they exist) and nothing changes. Without a producer login: 401.

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let A: Producer
    let B: Producer
    let productA: Awaited<ReturnType<typeof newProduct>>
    let productB: Awaited<ReturnType<typeof newProduct>>
    let mixedOrder: Awaited<ReturnType<typeof placeOrder>>
    let orderB: Awaited<ReturnType<typeof placeOrder>>
    let fulfillmentB: string
    let certificateB: string

    beforeAll(async () => {
      const container = getContainer()
      shop = await openShop(container, api)
      A = await signUp(api, "a@ocop.test", application(1))
      B = await signUp(api, "b@ocop.test", application(2))
      await approve(api, shop.admin, A.producerId)
      await approve(api, shop.admin, B.producerId)
      productA = await newProduct(api, A, "Trà hoa vàng A", [300_000], 10)
      productB = await newProduct(api, B, "Mật ong B", [100_000, 150_000], 10)
      const cert = await api.post(`/producer/products/${productB.id}/certificate-requests`, certificateBody(), B.auth)
      certificateB = cert.data.certificate.id
      // On sale only once their certificates are verified.
      await api.post(`/admin/certificates/${certificateB}/verify`, {}, shop.admin)
      await certify(api, shop.admin, A, productA.id)
      mixedOrder = await placeOrder(api, shop, [
        { variant_id: productA.variants[0]!.id, quantity: 1 },
        { variant_id: productB.variants[0]!.id, quantity: 2 },
      ])
      orderB = await placeOrder(api, shop, [{ variant_id: productB.variants[1]!.id, quantity: 1 }])
      const shipped = await api.post(
        `/producer/orders/${orderB.id}/fulfillments`,
        { carrier: "GHTK", tracking_number: "GHTK-B-1" },
        B.auth
      )
      fulfillmentB = shipped.data.fulfillment_id
    })

    const productBState = async () =>
      (
        await graph(getContainer(), "product", ["id", "title", "status", "metadata", "variants.id", "variants.sku", "variants.prices.amount"], {
          id: productB.id,
        })
      )[0]
    const levelsB = async () => {
      const items = await graph(getContainer(), "product_variant", ["inventory_items.inventory_item_id"], {
        id: productB.variants.map((v) => v.id),
      })
      const ids = items.flatMap((v) => v.inventory_items.map((i: any) => i.inventory_item_id))
      const levels = await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: ids })
      return levels.map((l) => ({ id: l.id, stocked: Number(l.stocked_quantity), reserved: Number(l.reserved_quantity) }))
    }
    const fulfilmentsOf = async (orderId: string) =>
      (await graph(getContainer(), "order", ["id", "fulfillments.id", "items.id", "items.detail.fulfilled_quantity"], { id: orderId }))[0]

    describe("producer A cannot reach producer B's things", () => {
      it("products: not listed, not readable, not editable, not archivable — 404, unchanged", async () => {
        const before = await productBState()
        const list = await api.get("/producer/products?limit=200", A.auth)
        expect(list.data.products.map((p: { id: string }) => p.id)).toEqual([productA.id])
        expect(list.data.count).toBe(1)
        const archivedList = await api.get("/producer/products?archived=true", A.auth)
        expect(archivedList.data.products).toEqual([])

        expect((await fails(api.get(`/producer/products/${productB.id}`, A.auth))).status).toBe(404)
        const edit = await fails(api.post(`/producer/products/${productB.id}`, { title: "Chiếm đoạt", status: "draft" }, A.auth))
        expect(edit.status).toBe(404)
        expect(edit.data.message).toBe(`product ${productB.id} was not found`)
        expect((await fails(api.delete(`/producer/products/${productB.id}`, A.auth))).status).toBe(404)
        expect((await fails(api.get(`/producer/products/${productB.id}/qr.png`, A.auth))).status).toBe(404)
        expect((await fails(api.get(`/producer/products/${productB.id}/qr.svg`, A.auth))).status).toBe(404)
        // The same answer as for a product that does not exist at all.
        const missing = await fails(api.get(`/producer/products/prod_does_not_exist`, A.auth))
        expect(missing.status).toBe(404)
        expect(await productBState()).toEqual(before)
      })

      it("variants: B's variant inside A's own product edit is 404 and B's price stays", async () => {
        const before = await productBState()
        const res = await fails(
          api.post(`/producer/products/${productA.id}`, { variants: [{ id: productB.variants[0]!.id, price: 1 }] }, A.auth)
        )
        expect(res.status).toBe(404)
        expect(res.data.message).toBe(`variant ${productB.variants[0]!.id} was not found`)
        expect(await productBState()).toEqual(before)
        const own = await api.get(`/producer/products/${productA.id}`, A.auth)
        expect(own.data.product.variants[0].price).toBe(300_000)
      })

      it("certificates: A cannot file a request on B's product", async () => {
        const before = await graph(getContainer(), "ocop_certificate", ["id", "status", "stars"], {})
        const res = await fails(api.post(`/producer/products/${productB.id}/certificate-requests`, certificateBody({ stars: 5 }), A.auth))
        expect(res.status).toBe(404)
        expect(await graph(getContainer(), "ocop_certificate", ["id", "status", "stars"], {})).toEqual(before)
        const ownView = await api.get(`/producer/products/${productB.id}`, B.auth)
        expect(ownView.data.product.ocop_certificate.id).toBe(certificateB)
      })

      it("stock: B's variants are not listed and cannot be set", async () => {
        const before = await levelsB()
        const stock = await api.get("/producer/stock", A.auth)
        expect(stock.data.stock_location.id).toBe(A.locationId)
        expect(stock.data.items.map((i: { variant_id: string }) => i.variant_id)).toEqual([productA.variants[0]!.id])
        const res = await fails(
          api.post("/producer/stock", { levels: [{ variant_id: productB.variants[0]!.id, stocked_quantity: 0 }] }, A.auth)
        )
        expect(res.status).toBe(404)
        // Mixed with an own variant: nothing at all is written.
        const mixed = await fails(
          api.post(
            "/producer/stock",
            {
              levels: [
                { variant_id: productA.variants[0]!.id, stocked_quantity: 77 },
                { variant_id: productB.variants[1]!.id, stocked_quantity: 0 },
              ],
            },
            A.auth
          )
        )
        expect(mixed.status).toBe(404)
        expect(await levelsB()).toEqual(before)
        const own = await api.get("/producer/stock", A.auth)
        expect(own.data.items[0]).toMatchObject({ stocked_quantity: 10, reserved_quantity: 1, available_quantity: 9 })
      })

      it("orders: only orders with A's items, only A's items, nothing of B's order", async () => {
        const list = await api.get("/producer/orders", A.auth)
        expect(list.data.orders.map((o: { id: string }) => o.id)).toEqual([mixedOrder.id])
        const [order] = list.data.orders
        expect(order.items.map((i: { product_id: string }) => i.product_id)).toEqual([productA.id])
        expect(order.items_total).toBe(300_000)
        expect(order.delivery).toMatchObject({ name: "Nguyễn Lan", phone: "+84912345678", address_1: "12 Trần Hưng Đạo", city: "Hạ Long" })
        expect(JSON.stringify(list.data)).not.toContain(productB.id)
        expect(JSON.stringify(list.data)).not.toContain("khach@example.vn")

        expect((await fails(api.get(`/producer/orders/${orderB.id}`, A.auth))).status).toBe(404)
        const mine = await api.get(`/producer/orders/${mixedOrder.id}`, A.auth)
        expect(mine.data.order.items).toHaveLength(1)
        // B sees the same mixed order with only its own line.
        const theirs = await api.get(`/producer/orders/${mixedOrder.id}`, B.auth)
        expect(theirs.data.order.items.map((i: { product_id: string }) => i.product_id)).toEqual([productB.id])
      })

      it("fulfilments: not on B's order, not B's items of a shared order, B's fulfilment not shown", async () => {
        const beforeB = await fulfilmentsOf(orderB.id)
        const beforeMixed = await fulfilmentsOf(mixedOrder.id)
        const onB = await fails(api.post(`/producer/orders/${orderB.id}/fulfillments`, { carrier: "GHN", tracking_number: "X" }, A.auth))
        expect(onB.status).toBe(404)
        const bItem = (await api.get(`/producer/orders/${mixedOrder.id}`, B.auth)).data.order.items[0].id
        const stolen = await fails(
          api.post(
            `/producer/orders/${mixedOrder.id}/fulfillments`,
            { items: [{ id: bItem, quantity: 1 }], carrier: "GHN", tracking_number: "X" },
            A.auth
          )
        )
        expect(stolen.status).toBe(404)
        expect(stolen.data.message).toBe(`order item ${bItem} was not found`)
        expect(await fulfilmentsOf(orderB.id)).toEqual(beforeB)
        expect(await fulfilmentsOf(mixedOrder.id)).toEqual(beforeMixed)
        const list = await api.get("/producer/orders", A.auth)
        expect(JSON.stringify(list.data)).not.toContain(fulfillmentB)
      })

      it("statements: A's month holds A's sales only", async () => {
        const a = await api.get("/producer/statements", A.auth)
        expect(a.data).toMatchObject({ gross_sales: 300_000, commission: 30_000, net_payable: 270_000, order_count: 1 })
        expect(a.data.lines.map((l: { title: string }) => l.title)).toEqual(["Trà hoa vàng A"])
        const b = await api.get("/producer/statements", B.auth)
        expect(b.data).toMatchObject({ gross_sales: 350_000, order_count: 2 })
        const csv = await api.get("/producer/statements?format=csv", A.auth)
        expect(csv.data).not.toContain("Mật ong B")
      })

      it("profile: /producer/me is A's own; ids in the body are refused and B is unchanged", async () => {
        const service = getContainer().resolve(PRODUCER_MODULE) as ProducerModuleService
        const before = await service.retrieveProducer(B.producerId)
        const me = await api.get("/producer/me", A.auth)
        expect(me.data.producer.id).toBe(A.producerId)
        expect(me.data.member).toMatchObject({ id: A.memberId, email: "a@ocop.test", role: "owner" })
        expect(JSON.stringify(me.data)).not.toContain(B.producerId)
        const withId = await fails(api.post("/producer/me", { id: B.producerId, display_name: "Chiếm" }, A.auth))
        expect(withId.status).toBe(400)
        const withProducer = await fails(api.post("/producer/me", { producer_id: B.producerId, display_name: "Chiếm" }, A.auth))
        expect(withProducer.status).toBe(400)
        const status = await fails(api.post("/producer/me", { status: "active", commission_rate: 0 }, A.auth))
        expect(status.status).toBe(400)
        const createFor = await fails(
          api.post("/producer/products", { title: "X", producer_id: B.producerId, variants: [{ price: 1 }] }, A.auth)
        )
        expect(createFor.status).toBe(400)
        expect(await service.retrieveProducer(B.producerId)).toEqual(before)
        expect((await service.retrieveProducer(A.producerId)).display_name).toBe("Thử nghiệm 1")
      })
    })

    describe("who may call /producer/*", () => {
      const routes = (): Array<[string, string, unknown?]> => [
        ["get", "/producer/me"],
        ["post", "/producer/me", { display_name: "X" }],
        ["get", "/producer/products"],
        ["post", "/producer/products", { title: "X", variants: [{ price: 1 }] }],
        ["post", "/producer/products/import", "tên sản phẩm,giá (VND)\nX,1"],
        ["get", `/producer/products/${productA.id}`],
        ["post", `/producer/products/${productA.id}`, { title: "X" }],
        ["delete", `/producer/products/${productA.id}`],
        ["post", `/producer/products/${productA.id}/certificate-requests`, certificateBody()],
        ["get", `/producer/products/${productA.id}/qr.png`],
        ["get", `/producer/products/${productA.id}/qr.svg`],
        ["get", "/producer/stock"],
        ["post", "/producer/stock", { levels: [{ variant_id: productA.variants[0]!.id, stocked_quantity: 1 }] }],
        ["get", "/producer/orders"],
        ["get", `/producer/orders/${mixedOrder.id}`],
        ["post", `/producer/orders/${mixedOrder.id}/fulfillments`, { carrier: "GHN", tracking_number: "X" }],
        ["get", "/producer/statements?month=2026-01"],
      ]
      const call = (method: string, url: string, body: unknown, config: unknown) =>
        method === "get" || method === "delete" ? (api as any)[method](url, config) : (api as any)[method](url, body, config)

      it("401 without a login, with a customer's or an admin's token, or a registration token", async () => {
        const customer = await api.post("/auth/customer/emailpass", { email: "customer@ocop.local", password: "ocop-dev-customer" })
        const admin = shop.admin
        const registration = await api.post("/auth/producer/emailpass/register", { email: "new@ocop.test", password: "x-password" })
        for (const [method, url, body] of routes()) {
          for (const config of [{}, bearer(customer.data.token), admin, bearer(registration.data.token), bearer("not-a-jwt")]) {
            const res = await fails(call(method, url, body, config))
            expect([method, url, res.status]).toEqual([method, url, 401])
          }
        }
        const product = (await graph(getContainer(), "product", ["title", "status"], { id: productA.id }))[0]
        expect(product).toEqual({ title: "Trà hoa vàng A", status: "published" })
      })

      it("a producer token does not open the admin API, and a removed member is locked out", async () => {
        expect((await fails(api.get("/admin/producers", A.auth))).status).toBe(401)
        expect((await fails(api.post(`/admin/producers/${A.producerId}/status`, { status: "active" }, A.auth))).status).toBe(401)
        expect((await fails(api.post(`/admin/certificates/${certificateB}/verify`, {}, B.auth))).status).toBe(401)
        const service = getContainer().resolve(PRODUCER_MODULE) as ProducerModuleService
        await service.deleteProducerMembers(A.memberId)
        expect((await fails(api.get("/producer/me", A.auth))).status).toBe(401)
        expect((await fails(api.get("/producer/products", A.auth))).status).toBe(401)
      })
    })
  },
})
