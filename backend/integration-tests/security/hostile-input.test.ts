import { medusaIntegrationTestRunner } from "../helpers/runner"
import { application, approve, certify, newProduct, openShop, placeOrder, signUp, type Shop } from "../producer/portal"

// Issue #21: what a hostile probe answered with 500 is a 400 that says what is wrong
// (src/api/lib/security/input-guard.ts and the routes' own limits).

type Reply = { status: number; data: any; headers: Record<string, string> }
const raw = { validateStatus: () => true }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    const get = (path: string, headers: Record<string, string> = {}) =>
      api.get(path, { ...raw, headers: { ...shop.store.headers, ...headers } }) as Promise<Reply>
    const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      api.post(path, body, { ...raw, headers: { ...shop.store.headers, ...headers } }) as Promise<Reply>

    beforeAll(async () => {
      shop = await openShop(getContainer(), api)
    })

    it("NUL bytes, malformed escapes, invalid dates and bad paging are 400s on every surface, Medusa's routes included", async () => {
      const admin = shop.admin.headers
      const cases: Array<[string, Promise<Reply>, RegExp]> = [
        ["NUL in a path", get("/store/products/prod_%00"), /NUL/],
        ["NUL in a query", get("/store/products?q=tra%00"), /NUL/],
        ["NUL in a producer path", get("/producer/products/%00", admin), /NUL/],
        ["NUL in a partner query", get("/partner/orders?limit=5&x=%00", admin), /NUL/],
        ["NUL in JSON", post("/store/carts", { region_id: shop.regionId, email: "lan\u0000@example.vn" }), /NUL/],
        ["malformed escape in a path", get("/store/products/%E0%A4%A"), /malformed/],
        ["malformed escape in a query", get("/store/products?q=%FF%"), /malformed/],
        ["invalid date in a filter", get("/store/products?created_at[$gt]=notadate"), /created_at: must be a date/],
        ["a day that does not exist in a filter", get("/admin/promotions?created_at=2026-02-30", admin), /created_at: must be a date/],
        ["negative limit on regions", get("/store/regions?limit=-1"), /limit: must be a whole number/],
        ["fractional offset on regions", get("/store/regions?offset=1.5"), /offset: must be a whole number/],
        ["negative limit on orders", get("/store/orders?limit=-1"), /limit: must be a whole number/],
        ["negative offset in the admin", get("/admin/products?offset=-5", admin), /offset: must be a whole number/],
        ["an order that is no field", get("/admin/products?order=0", admin), /order: must be field names/],
        ["an unknown order status in the admin", get("/admin/orders?status[]=1", admin), /not one its field accepts/],
        ["an unknown order status in the admin, as text", get("/admin/orders?status=shipped-maybe", admin), /not one its field accepts/],
        ["deeply nested JSON", post("/store/carts", JSON.parse(`${'{"a":'.repeat(40)}1${"}".repeat(40)}`)), /nested too deeply/],
      ]
      for (const [what, reply, message] of cases) {
        const answer = await reply
        expect({ what, status: answer.status }).toEqual({ what, status: 400 })
        expect(answer.data.message, what).toMatch(message)
      }
      // Valid values still pass.
      expect((await get("/store/products?created_at[$gt]=2020-01-01&limit=5&offset=0")).status).toBe(200)
      expect((await get("/store/regions?limit=1")).status).toBe(200)
      expect((await get("/store/products?order=-created_at")).status).toBe(200)
      expect((await get("/admin/orders?status[]=pending", admin)).status).toBe(200)
    })

    it("producer texts have ceilings and a tracking link is http(s) only", async () => {
      const producer = await signUp(api, "gioi-han@ocop.test", application(81))
      await approve(api, shop.admin, producer.producerId)
      const product = await newProduct(api, producer, "Nước mắm Cái Rồng", [120_000], 5)
      // On sale only once its certificate is verified (issue #14).
      await certify(api, shop.admin, producer, product.id)
      const auth = producer.auth.headers
      const variant = { title: "Chai 500 ml", price: 120_000, stock: 1 }

      const huge = await post("/producer/products", { title: "x".repeat(100_000), variants: [variant] }, auth)
      expect(huge.status).toBe(400)
      const long = await post("/producer/products", { title: "x".repeat(201), variants: [variant] }, auth)
      expect(long.status).toBe(400)
      expect(long.data.message).toMatch(/'title' too big, expected at most: '200'/)
      const sku = await post("/producer/products", { title: "Mắm", variants: [{ ...variant, sku: "S".repeat(10_000) }] }, auth)
      expect(sku.status).toBe(400)
      expect(sku.data.message).toMatch(/'variants, 0, sku' too big, expected at most: '64'/)

      const order = await placeOrder(api, shop, [{ variant_id: product.variants[0]!.id, quantity: 1 }])
      const shipment = { carrier: "Viettel Post", tracking_number: "VTP1" }
      for (const tracking_url of ["javascript:alert(document.cookie)", "data:text/html,<script>1</script>", "ftp://viettelpost.vn"]) {
        const refused = await post(`/producer/orders/${order.id}/fulfillments`, { ...shipment, tracking_url }, auth)
        expect({ tracking_url, status: refused.status }).toEqual({ tracking_url, status: 400 })
        expect(refused.data.message).toMatch(/http:\/\/ or https:\/\//)
      }
      const shipped = await post(`/producer/orders/${order.id}/fulfillments`, { ...shipment, tracking_url: "https://viettelpost.vn/tra-cuu?ma=VTP1" }, auth)
      expect(shipped.status).toBe(200)
    })

    it("a refused payment webhook says nothing of the configuration", async () => {
      const answer = (await api.post("/hooks/payment/stripe_stripe", { type: "payment_intent.succeeded" }, raw)) as Reply
      expect(answer.status).toBe(400)
      expect(answer.data).toBe("Webhook Error: the event could not be verified")
    })
  },
})
