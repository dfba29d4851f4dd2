import { medusaIntegrationTestRunner } from "../helpers/runner"
import { Modules } from "@medusajs/framework/utils"
import { application, approve, certify, fails, newProduct, openShop, placeOrder, signUp, type Headers, type Producer, type Shop } from "../producer/portal"
import { boughtAndDelivered, deliver, newCustomer } from "./fixtures"

// Buyers' reviews (issue #18): only a customer with a delivered line of the product reviews it,
// once per line, within 90 days; bad input is a 400 that writes nothing; the text is kept as text.

// Each case buys and delivers through the HTTP API: on a busy machine a minute is not enough.
vi.setConfig({ testTimeout: 300_000 })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let maker: Producer
    let tea: Awaited<ReturnType<typeof newProduct>>
    let lan: Headers
    let minh: Headers
    let stranger: Headers
    const as = (who?: Headers) => ({ headers: { ...shop.store.headers, ...who?.headers } })
    const reviewsOf = async (productId: string, query = "") => (await api.get(`/store/products/${productId}/reviews${query}`, as())).data
    const write = (productId: string, body: unknown, who?: Headers) => api.post(`/store/products/${productId}/reviews`, body, as(who))

    beforeAll(async () => {
      shop = await openShop(getContainer(), api)
      maker = await signUp(api, "tra@ocop.test", application(81))
      await approve(api, shop.admin, maker.producerId)
      tea = await newProduct(api, maker, "Trà hoa vàng Ba Chẽ", [300_000], 50)
      await certify(api, shop.admin, maker, tea.id)
      lan = await newCustomer(api, shop, "lan@example.vn", { first_name: "Lan", last_name: "Nguyễn" })
      minh = await newCustomer(api, shop, "minh@example.vn", { first_name: "Minh", last_name: "Trần" })
      stranger = await newCustomer(api, shop, "la@example.vn", { first_name: "Hà", last_name: "Lê" })
    })

    it("refuses the anonymous (401) and a customer who did not receive it (403 saying why); the buyer reviews a delivered line once", async () => {
      const body = { rating: 5, content: "Trà thơm, đóng gói cẩn thận." }
      expect((await fails(write(tea.id, body))).status).toBe(401)

      const notBought = await fails(write(tea.id, body, stranger))
      expect(notBought.status).toBe(403)
      expect(notBought.data.message).toMatch(/none of your orders contains it/)

      const order = await placeOrder(api, shop, [{ variant_id: tea.variants[0]!.id, quantity: 2 }], lan)
      const notDelivered = await fails(write(tea.id, body, lan))
      expect(notDelivered.status).toBe(403)
      expect(notDelivered.data.message).toMatch(/once your order of it has been delivered/)

      await deliver(api, shop, maker, order.id)
      // The order page offers the delivered line for review, until it is reviewed.
      const offered = (await api.get(`/store/customers/me/reviewable?order_id=${order.id}`, as(lan))).data.lines
      expect(offered).toEqual([expect.objectContaining({ order_id: order.id, product_id: tea.id, product_title: "Trà hoa vàng Ba Chẽ" })])
      expect((await fails(api.get("/store/customers/me/reviewable", as()))).status).toBe(401)
      const created = await write(tea.id, body, lan)
      expect(created.status).toBe(201)
      expect(created.data.review).toMatchObject({ rating: 5, content: body.content, author_name: "Lan N.", verified_purchase: true, images: [] })
      expect(created.data.review).not.toHaveProperty("customer_id")

      expect((await api.get(`/store/customers/me/reviewable?order_id=${order.id}`, as(lan))).data.lines).toEqual([])
      const again = await fails(write(tea.id, { rating: 1, content: "Lần hai" }, lan))
      expect(again.status).toBe(403)
      expect(again.data.message).toMatch(/already reviewed/)

      const page = await reviewsOf(tea.id)
      expect(page).toMatchObject({ count: 1, average: 5, distribution: { "1": 0, "2": 0, "3": 0, "4": 0, "5": 1 }, limit: 10, offset: 0 })
      expect(page.reviews.map((r: { id: string }) => r.id)).toEqual([created.data.review.id])

      // A second delivered order is a second line: one more review is allowed.
      await boughtAndDelivered(api, shop, maker, tea.variants[0]!.id, lan)
      expect((await write(tea.id, { rating: 3, content: "Lần này hơi ẩm." }, lan)).status).toBe(201)
      expect(await reviewsOf(tea.id)).toMatchObject({ count: 2, average: 4 })
    })

    it("closes reviews 90 days after delivery", async () => {
      const { fulfillmentId } = await boughtAndDelivered(api, shop, maker, tea.variants[0]!.id, minh)
      await getContainer().resolve(Modules.FULFILLMENT).updateFulfillment(fulfillmentId, { delivered_at: new Date(Date.now() - 91 * 86_400_000) })
      const late = await fails(write(tea.id, { rating: 4, content: "Muộn" }, minh))
      expect(late.status).toBe(403)
      expect(late.data.message).toMatch(/open for 90 days after delivery/)
    })

    it("refuses rating 0, 6 and 4.5, 20 KB of text and unknown fields with a 400 that names the field, and writes nothing", async () => {
      const buyer = await newCustomer(api, shop, "sai@example.vn", { first_name: "Sai", last_name: "Dữ Liệu" })
      await boughtAndDelivered(api, shop, maker, tea.variants[0]!.id, buyer)
      const before = (await reviewsOf(tea.id)).count
      for (const rating of [0, 6, 4.5, "5"]) {
        const res = await fails(write(tea.id, { rating, content: "Ngon" }, buyer))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/rating/)
      }
      // 20 KB is stopped by the store's general text limit, 2,001 characters by the review's own.
      const huge = await fails(write(tea.id, { rating: 4, content: "a".repeat(20 * 1024) }, buyer))
      expect(huge.status).toBe(400)
      expect(huge.data.message).toMatch(/content: at most/)
      const long = await fails(write(tea.id, { rating: 4, content: "á".repeat(2001) }, buyer))
      expect(long.status).toBe(400)
      expect(long.data.message).toMatch(/content.*at most.*2000/)
      expect((await fails(write(tea.id, { rating: 4, content: "   " }, buyer))).status).toBe(400)
      expect((await fails(write(tea.id, { rating: 4, content: "Ngon", customer_id: "cus_x" }, buyer))).status).toBe(400)
      expect((await fails(write(tea.id, { rating: 4, content: "Ngon", images: ["https://evil.example/a.png"] }, buyer))).status).toBe(400)
      expect((await reviewsOf(tea.id)).count).toBe(before)
    })

    it("keeps HTML in the text as the text the buyer wrote, served as JSON", async () => {
      const buyer = await newCustomer(api, shop, "html@example.vn", { first_name: "Tú", last_name: "Phạm" })
      await boughtAndDelivered(api, shop, maker, tea.variants[0]!.id, buyer)
      const content = `<script>alert("xss")</script><img src=x onerror=alert(1)> Trà <b>ngon</b> & rẻ`
      expect((await write(tea.id, { rating: 4, content }, buyer)).status).toBe(201)
      const res = await api.get(`/store/products/${tea.id}/reviews`, as())
      expect(res.headers["content-type"]).toMatch(/^application\/json/)
      expect(res.data.reviews.find((r: { author_name: string }) => r.author_name === "Tú P.").content).toBe(content)
    })

    it("pages and sorts newest first; a bad page or sort is a 400; anyone may read", async () => {
      const all = await reviewsOf(tea.id, "?limit=50")
      const dates = all.reviews.map((r: { created_at: string }) => Date.parse(r.created_at))
      expect([...dates].sort((a, b) => b - a)).toEqual(dates)
      const second = await reviewsOf(tea.id, "?limit=1&offset=1&sort=helpful")
      expect(second).toMatchObject({ limit: 1, offset: 1, count: all.count })
      expect(second.reviews).toHaveLength(all.count > 1 ? 1 : 0)
      expect((await fails(api.get(`/store/products/${tea.id}/reviews?sort=best`, as()))).status).toBe(400)
      expect((await fails(api.get(`/store/products/${tea.id}/reviews?limit=-1`, as()))).status).toBe(400)
    })
  },
})
