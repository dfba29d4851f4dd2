import { medusaIntegrationTestRunner } from "../helpers/runner"
import { rebuildIndex, waitFor } from "../search/fixtures"
import { application, approve, certify, fails, openShop, signUp, type Producer, type Shop } from "./portal"

// Issue #19 item 2: a producer gives English title, subtitle and description in the portal; they
// are stored as en-US translations and reach Medusa's store API and /store/search?locale=en.

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let A: Producer
    let B: Producer

    beforeEach(async () => {
      shop = await openShop(getContainer(), api)
      await rebuildIndex(getContainer())
      A = await signUp(api, `en-a-${Date.now()}@example.vn`, application(1, { legal_name: "HTX Trà Ba Chẽ" }))
      B = await signUp(api, `en-b-${Date.now()}@example.vn`, application(2, { legal_name: "HTX Miến Bình Liêu" }))
      await approve(api, shop.admin, A.producerId)
      await approve(api, shop.admin, B.producerId)
    })

    /** The product's search hit in English, once the index has it (or its title is `title`). */
    async function englishHit(productId: string, title: string) {
      let hit: { id: string; title: string } | undefined
      await waitFor(async () => {
        const { data } = await api.get("/store/search?locale=en&limit=100", shop.store)
        hit = (data.hits as Array<{ id: string; title: string }>).find((h) => h.id === productId)
        return hit?.title === title
      }, 15_000, 200).catch(() => {})
      return hit
    }

    it("English content reaches the store API and English search; edits change it; another producer cannot", async () => {
      const created = await api.post(
        "/producer/products",
        {
          title: "Trà hoa vàng Ba Chẽ",
          subtitle: "Hộp giấy",
          description: "Trà hoa vàng hái tay ở Ba Chẽ.",
          title_en: "Ba Chẽ golden camellia tea",
          subtitle_en: "Paper box",
          description_en: "Golden camellia tea picked by hand in Ba Chẽ.",
          group: "food",
          variants: [{ price: 250_000, stock: 5 }],
        },
        A.auth
      )
      const product = created.data.product
      expect(product).toMatchObject({
        title: "Trà hoa vàng Ba Chẽ",
        title_en: "Ba Chẽ golden camellia tea",
        subtitle_en: "Paper box",
        description_en: "Golden camellia tea picked by hand in Ba Chẽ.",
      })
      await certify(api, shop.admin, A, product.id)

      // Medusa's store API answers in English for en-US, in Vietnamese otherwise.
      const en = (await api.get(`/store/products/${product.id}?locale=en-US&fields=title,subtitle,description`, shop.store)).data.product
      expect(en).toMatchObject({ title: "Ba Chẽ golden camellia tea", subtitle: "Paper box", description: "Golden camellia tea picked by hand in Ba Chẽ." })
      const vi = (await api.get(`/store/products/${product.id}?locale=vi-VN&fields=title`, shop.store)).data.product
      expect(vi.title).toBe("Trà hoa vàng Ba Chẽ")

      expect((await englishHit(product.id, "Ba Chẽ golden camellia tea"))?.title).toBe("Ba Chẽ golden camellia tea")

      // An edit of one English text keeps the others and reaches the index through the translation event.
      const edited = await api.post(`/producer/products/${product.id}`, { title_en: "Golden camellia tea, 100 g" }, A.auth)
      expect(edited.data.product).toMatchObject({ title_en: "Golden camellia tea, 100 g", description_en: "Golden camellia tea picked by hand in Ba Chẽ." })
      expect((await englishHit(product.id, "Golden camellia tea, 100 g"))?.title).toBe("Golden camellia tea, 100 g")

      // Another producer: 404, and nothing changes.
      const hijack = await fails(api.post(`/producer/products/${product.id}`, { title_en: "Stolen" }, B.auth))
      expect(hijack.status).toBe(404)
      const after = (await api.get(`/producer/products/${product.id}`, A.auth)).data.product
      expect(after.title_en).toBe("Golden camellia tea, 100 g")

      // Cleared: English search falls back to the Vietnamese title.
      await api.post(`/producer/products/${product.id}`, { title_en: null }, A.auth)
      expect((await englishHit(product.id, "Trà hoa vàng Ba Chẽ"))?.title).toBe("Trà hoa vàng Ba Chẽ")
      // Medusa's Caching Module drops its cached translations on the translation event, a moment later.
      let cleared: { title?: string; description?: string } = {}
      await waitFor(async () => {
        cleared = (await api.get(`/store/products/${product.id}?locale=en-US&fields=title,description`, shop.store)).data.product
        return cleared.title === "Trà hoa vàng Ba Chẽ"
      }, 10_000, 200).catch(() => {})
      expect(cleared).toMatchObject({ title: "Trà hoa vàng Ba Chẽ", description: "Golden camellia tea picked by hand in Ba Chẽ." })
    })

    it("imports English titles and descriptions from the CSV's optional columns", async () => {
      const csv = "tên sản phẩm,giá (VND),tên tiếng Anh,mô tả tiếng Anh\nMật ong rừng U Minh,300000,U Minh wild honey,From the melaleuca forest\nMiến dong,90000,,\n"
      const { data } = await api.post("/producer/products/import", Buffer.from(csv), {
        headers: { ...A.auth.headers, "content-type": "text/csv; charset=utf-8" },
      })
      expect(data.imported).toBe(2)
      const byTitle = new Map((data.products as Array<{ id: string; title: string }>).map((p) => [p.title, p.id]))
      const honey = (await api.get(`/producer/products/${byTitle.get("Mật ong rừng U Minh")}`, A.auth)).data.product
      expect(honey).toMatchObject({ title_en: "U Minh wild honey", description_en: "From the melaleuca forest" })
      const noodles = (await api.get(`/producer/products/${byTitle.get("Miến dong")}`, A.auth)).data.product
      expect(noodles).toMatchObject({ title_en: null, description_en: null })
    })

    it("refuses an English text that is too long, naming the field, and saves nothing", async () => {
      const tooLong = await fails(
        api.post("/producer/products", { title: "Miến dong", title_en: "x".repeat(201), variants: [{ price: 90_000 }] }, B.auth)
      )
      expect(tooLong.status).toBe(400)
      expect(JSON.stringify(tooLong.data)).toContain("title_en")
      expect((await api.get("/producer/products", B.auth)).data.count).toBe(0)
      const longDescription = await fails(
        api.post("/producer/products", { title: "Miến dong", description_en: "x".repeat(10_001), variants: [{ price: 90_000 }] }, B.auth)
      )
      expect(longDescription.status).toBe(400)
      expect(JSON.stringify(longDescription.data)).toContain("description_en")
    })
  },
})
