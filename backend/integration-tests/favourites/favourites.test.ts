import { medusaIntegrationTestRunner } from "../helpers/runner"
import { application, approve, certify, fails, newProduct, openShop, signUp, type Headers, type Shop } from "../producer/portal"
import { newCustomer } from "../reviews/fixtures"

// Favourites (issue #18): a signed-in customer keeps products (GET/POST /store/customers/me/favourites,
// DELETE …/:product_id); adding twice changes nothing, a guest's list merges in one call without
// doubles, each customer sees only their own, the anonymous get a 401 and unknown products a 400.

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let tea: { id: string }
    let pearl: { id: string }
    let lan: Headers
    let minh: Headers
    const as = (who?: Headers) => ({ headers: { ...shop.store.headers, ...who?.headers } })
    const listOf = async (who: Headers) =>
      ((await api.get("/store/customers/me/favourites", as(who))).data.favourites as Array<{ product_id: string; product: { handle: string; title: string } }>)

    beforeAll(async () => {
      shop = await openShop(getContainer(), api)
      const maker = await signUp(api, "yeu.thich@ocop.test", application(84))
      await approve(api, shop.admin, maker.producerId)
      tea = await newProduct(api, maker, "Trà hoa vàng", [300_000], 5)
      pearl = await newProduct(api, maker, "Ngọc trai Akoya", [1_200_000], 5)
      await certify(api, shop.admin, maker, tea.id)
      await certify(api, shop.admin, maker, pearl.id)
      lan = await newCustomer(api, shop, "lan.yt@example.vn", { first_name: "Lan", last_name: "Nguyễn" })
      minh = await newCustomer(api, shop, "minh.yt@example.vn", { first_name: "Minh", last_name: "Trần" })
    })

    it("refuses the anonymous with a 401", async () => {
      expect((await fails(api.get("/store/customers/me/favourites", as()))).status).toBe(401)
      expect((await fails(api.post("/store/customers/me/favourites", { product_id: tea.id }, as()))).status).toBe(401)
      expect((await fails(api.delete(`/store/customers/me/favourites/${tea.id}`, as()))).status).toBe(401)
    })

    it("adds idempotently, merges a guest's list without doubles, removes, and keeps customers apart", async () => {
      expect(await listOf(lan)).toEqual([])
      const added = await api.post("/store/customers/me/favourites", { product_id: tea.id }, as(lan))
      expect(added.status).toBe(200)
      expect(added.data.favourites).toEqual([expect.objectContaining({ product_id: tea.id, product: expect.objectContaining({ id: tea.id, title: "Trà hoa vàng" }) })])
      // The heart pressed twice keeps one.
      await api.post("/store/customers/me/favourites", { product_id: tea.id }, as(lan))
      expect((await listOf(lan)).map((f) => f.product_id)).toEqual([tea.id])
      // A guest's list (with the tea again and a repeat) merges at login: both, once each.
      const merged = await api.post("/store/customers/me/favourites", { product_ids: [tea.id, pearl.id, pearl.id] }, as(lan))
      expect((merged.data.favourites as Array<{ product_id: string }>).map((f) => f.product_id).sort()).toEqual([tea.id, pearl.id].sort())

      // Minh sees none of Lan's and keeps his own.
      expect(await listOf(minh)).toEqual([])
      await api.post("/store/customers/me/favourites", { product_id: pearl.id }, as(minh))
      expect((await listOf(minh)).map((f) => f.product_id)).toEqual([pearl.id])
      // Minh removing the tea (not his) changes nothing of Lan's.
      expect((await api.delete(`/store/customers/me/favourites/${tea.id}`, as(minh))).data).toEqual({ product_id: tea.id, object: "favourite", deleted: true })
      expect(await listOf(lan)).toHaveLength(2)

      const removed = await api.delete(`/store/customers/me/favourites/${tea.id}`, as(lan))
      expect(removed.status).toBe(200)
      expect((await listOf(lan)).map((f) => f.product_id)).toEqual([pearl.id])
      expect((await listOf(minh)).map((f) => f.product_id)).toEqual([pearl.id])
    })

    it("answers bad input with a 400 that says what is wrong, and stores nothing", async () => {
      const unknown = await fails(api.post("/store/customers/me/favourites", { product_id: "prod_DOES_NOT_EXIST" }, as(lan)))
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toMatch(/product_id: no product on sale has the id prod_DOES_NOT_EXIST/)
      // One unknown id in a merged list refuses the whole list.
      const mixed = await fails(api.post("/store/customers/me/favourites", { product_ids: [tea.id, "prod_NOPE"] }, as(minh)))
      expect(mixed.status).toBe(400)
      expect((await listOf(minh)).map((f) => f.product_id)).not.toContain(tea.id)
      for (const body of [{}, { product_id: "" }, { product_id: 42 }, { product_ids: "x" }, { product_id: tea.id, extra: 1 }, { product_ids: Array(101).fill(tea.id) }]) {
        const refused = await fails(api.post("/store/customers/me/favourites", body, as(lan)))
        expect(refused.status, JSON.stringify(body).slice(0, 60)).toBe(400)
        expect(refused.data.message).toMatch(/product_id|product_ids|extra|Unrecognized/)
      }
    })
  },
})
