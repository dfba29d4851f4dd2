import { medusaIntegrationTestRunner } from "../helpers/runner"
import { application, approve, certify, fails, newProduct, openShop, signUp, type Headers, type Producer, type Shop } from "../producer/portal"
import { boughtAndDelivered, newCustomer } from "./fixtures"

// Moderation of buyers' reviews (issue #18): a producer replies once, publicly, to reviews of its
// own products only; anyone reports; the admin hides and restores, and a hidden review leaves every
// count and average.

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let teaMaker: Producer
    let squidMaker: Producer
    let tea: Awaited<ReturnType<typeof newProduct>>
    let squid: Awaited<ReturnType<typeof newProduct>>
    let happy: string
    let angry: string
    let squidReview: string
    const as = (who?: Headers) => ({ headers: { ...shop.store.headers, ...who?.headers } })
    const summary = async (productId: string) => (await api.get(`/store/products/${productId}/reviews`, as())).data

    beforeAll(async () => {
      shop = await openShop(getContainer(), api)
      teaMaker = await signUp(api, "tra@ocop.test", application(82))
      squidMaker = await signUp(api, "muc@ocop.test", application(83))
      for (const p of [teaMaker, squidMaker]) await approve(api, shop.admin, p.producerId)
      tea = await newProduct(api, teaMaker, "Trà hoa vàng", [300_000], 20)
      squid = await newProduct(api, squidMaker, "Chả mực Hạ Long", [200_000], 20)
      await certify(api, shop.admin, teaMaker, tea.id)
      await certify(api, shop.admin, squidMaker, squid.id)
      const lan = await newCustomer(api, shop, "lan@example.vn", { first_name: "Lan", last_name: "Nguyễn" })
      const minh = await newCustomer(api, shop, "minh@example.vn", { first_name: "Minh", last_name: "Trần" })
      await boughtAndDelivered(api, shop, teaMaker, tea.variants[0]!.id, lan)
      await boughtAndDelivered(api, shop, teaMaker, tea.variants[0]!.id, minh)
      await boughtAndDelivered(api, shop, squidMaker, squid.variants[0]!.id, lan)
      happy = (await api.post(`/store/products/${tea.id}/reviews`, { rating: 5, content: "Rất thơm" }, as(lan))).data.review.id
      angry = (await api.post(`/store/products/${tea.id}/reviews`, { rating: 1, content: "Spam spam spam" }, as(minh))).data.review.id
      squidReview = (await api.post(`/store/products/${squid.id}/reviews`, { rating: 4, content: "Giòn" }, as(lan))).data.review.id
    })

    it("a producer replies once to a review of its own product; another producer's review is a 404 and nothing is written", async () => {
      const foreign = await fails(api.post(`/producer/reviews/${squidReview}/reply`, { content: "Cảm ơn" }, teaMaker.auth))
      expect(foreign.status).toBe(404)
      expect((await summary(squid.id)).reviews[0].reply).toBeNull()

      const reply = await api.post(`/producer/reviews/${happy}/reply`, { content: "Cảm ơn chị Lan!" }, teaMaker.auth)
      expect(reply.status).toBe(201)
      const second = await fails(api.post(`/producer/reviews/${happy}/reply`, { content: "Lần nữa" }, teaMaker.auth))
      expect(second.status).toBe(400)
      expect(second.data.message).toMatch(/already replied/)
      expect((await fails(api.post(`/producer/reviews/${angry}/reply`, { content: "" }, teaMaker.auth))).status).toBe(400)
      expect((await fails(api.post(`/producer/reviews/${angry}/reply`, { content: "x" }))).status).toBe(401)

      const shown = (await summary(tea.id)).reviews.find((r: { id: string }) => r.id === happy)
      expect(shown.reply).toMatchObject({ content: "Cảm ơn chị Lan!" })

      // Each producer sees the reviews of its own products only, with its average.
      const own = (await api.get("/producer/reviews", teaMaker.auth)).data
      expect(own.reviews.map((r: { id: string }) => r.id).sort()).toEqual([happy, angry].sort())
      expect(own).toMatchObject({ count: 2, average: 3 })
      const open = (await api.get("/producer/reviews?unanswered=true", teaMaker.auth)).data
      expect(open.reviews.map((r: { id: string }) => r.id)).toEqual([angry])
      expect((await api.get("/producer/reviews", squidMaker.auth)).data.reviews.map((r: { id: string }) => r.id)).toEqual([squidReview])
    })

    it("anyone reports; the admin hides a review and it leaves the count, average and list; restoring brings it back", async () => {
      expect(await summary(tea.id)).toMatchObject({ count: 2, average: 3, distribution: { "1": 1, "5": 1 } })
      const report = await api.post(`/store/reviews/${angry}/report`, { reason: "Quảng cáo, không phải đánh giá" }, as())
      expect(report.status).toBe(201)
      expect((await fails(api.post(`/store/reviews/${angry}/report`, {}, as()))).status).toBe(400)
      expect((await fails(api.post(`/store/reviews/rev_khong_co/report`, { reason: "x" }, as()))).status).toBe(404)

      const reported = (await api.get("/admin/reviews?reported=true", shop.admin)).data
      expect(reported.reviews.map((r: { id: string }) => r.id)).toEqual([angry])
      expect(reported.reviews[0].reports[0].reason).toBe("Quảng cáo, không phải đánh giá")
      expect((await fails(api.get("/admin/reviews"))).status).toBe(401)
      expect((await fails(api.post(`/admin/reviews/${angry}`, { status: "hidden" }, as()))).status).toBe(401)

      expect((await api.post(`/admin/reviews/${angry}`, { status: "hidden" }, shop.admin)).data.review.status).toBe("hidden")
      const hidden = await summary(tea.id)
      expect(hidden).toMatchObject({ count: 1, average: 5, distribution: { "1": 0, "5": 1 } })
      expect(hidden.reviews.map((r: { id: string }) => r.id)).toEqual([happy])
      expect((await api.get("/producer/reviews", teaMaker.auth)).data).toMatchObject({ count: 1, average: 5 })
      // The producer's public page: the average over its products, without the hidden review.
      const { data: producer } = await api.get(`/admin/producers/${teaMaker.producerId}`, shop.admin)
      const handle = producer.producer.handle as string
      expect((await api.get(`/store/producers/${handle}/reviews`, as())).data).toMatchObject({ count: 1, average: 5 })
      expect((await fails(api.get("/store/producers/khong-co/reviews", as()))).status).toBe(404)
      // A hidden review is no longer public: it cannot be reported either.
      expect((await fails(api.post(`/store/reviews/${angry}/report`, { reason: "x" }, as()))).status).toBe(404)

      expect((await fails(api.post(`/admin/reviews/${angry}`, { status: "deleted" }, shop.admin))).status).toBe(400)
      expect((await fails(api.post(`/admin/reviews/rev_khong_co`, { status: "hidden" }, shop.admin))).status).toBe(404)

      await api.post(`/admin/reviews/${angry}`, { status: "visible" }, shop.admin)
      expect(await summary(tea.id)).toMatchObject({ count: 2, average: 3 })
    })
  },
})
