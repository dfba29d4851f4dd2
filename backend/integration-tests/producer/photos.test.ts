import { medusaIntegrationTestRunner } from "../helpers/runner"
import { vi } from "vitest"
import sharp from "sharp"
import { multipart } from "../helpers/multipart"
import { application, approve, certify, fails, newProduct, openShop, signUp, type Producer, type Shop } from "./portal"

// A product's photos (issue #19): up to 8 through POST /producer/products/:id/photos, each resized
// with sharp into WebP at the storefront's widths (200, 600, 1200) and stored through Medusa's File
// Module; Medusa product images in the producer's order (rank), alt texts vi/en in their metadata.
// The runner restores the database to its state after beforeAll before each test: each adds its photos.

// Each test resizes and stores several photos: more than the default minute on a busy machine.
vi.setConfig({ testTimeout: 240_000 })

/** A real PNG of the given size, one flat colour. */
function png(width: number, height: number, r = 200) {
  return sharp({ create: { width, height, channels: 3, background: { r, g: 160, b: 40 } } }).png().toBuffer()
}

type Photo = { id: string; url: string; thumb_url: string; card_url: string; alt_vi: string | null; alt_en: string | null }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let maker: Producer
    let other: Producer
    let tea: Awaited<ReturnType<typeof newProduct>>
    let big: Buffer

    const upload = (productId: string, files: Parameters<typeof multipart>[0], who: Producer) => {
      const { body, headers } = multipart(files)
      return api.post(`/producer/products/${productId}/photos`, body, {
        headers: { ...headers, ...who.auth.headers },
        maxBodyLength: Infinity,
        maxContentLength: Infinity,
      })
    }
    /** Two photos on the tea (the database is back to no photo at each test's start). */
    const twoPhotos = async () => {
      const res = await upload(tea.id, [
        { name: "Trà hoa vàng.png", type: "image/png", content: big },
        { name: "hop-qua.png", type: "image/png", content: await png(800, 800, 90) },
      ], maker)
      return res.data.photos as Photo[]
    }
    const photosOf = async (productId: string, who = maker) => (await api.get(`/producer/products/${productId}`, who.auth)).data.product

    beforeAll(async () => {
      shop = await openShop(getContainer(), api)
      maker = await signUp(api, "anh-photos@ocop.test", application(41))
      other = await signUp(api, "binh-photos@ocop.test", application(42))
      await approve(api, shop.admin, maker.producerId)
      await approve(api, shop.admin, other.producerId)
      tea = await newProduct(api, maker, "Trà hoa vàng nhiều ảnh")
      big = await png(1600, 1000)
    })

    it("stores a PNG as WebP files of 200, 600 and 1200 px, served as image/webp; the first photo's card size becomes the thumbnail", async () => {
      const before = await photosOf(tea.id)
      expect(before.photos).toEqual([])
      const photos = await twoPhotos()
      expect(photos).toHaveLength(2)
      const [first, second] = photos
      expect(first!.url).toMatch(/\/static\/.*Tra-hoa-vang-1200.*\.webp$/)
      for (const [url, width, height] of [[first!.thumb_url, 200, 125], [first!.card_url, 600, 375], [first!.url, 1200, 750], [second!.url, 800, 800]] as const) {
        const served = await api.get(new URL(url).pathname, { responseType: "arraybuffer" })
        expect(served.headers["content-type"]).toBe("image/webp")
        expect(served.headers["x-content-type-options"]).toBe("nosniff")
        const meta = await sharp(Buffer.from(served.data)).metadata()
        expect({ url, format: meta.format, width: meta.width, height: meta.height }).toEqual({ url, format: "webp", width, height })
      }
      const product = await photosOf(tea.id)
      expect(product.photos.map((p: Photo) => p.id)).toEqual([first!.id, second!.id])
      expect(product.thumbnail).toBe(first!.card_url)
    })

    it("keeps alt texts in Vietnamese and English per photo; blank clears one, a missing one is kept", async () => {
      const [first, second] = await twoPhotos()
      const res = await api.post(
        `/producer/products/${tea.id}/photos/${first!.id}`,
        { alt_vi: "Hộp trà hoa vàng Ba Chẽ", alt_en: "A box of Ba Chẽ golden camellia tea" },
        maker.auth
      )
      expect(res.data.photos[0]).toMatchObject({ id: first!.id, alt_vi: "Hộp trà hoa vàng Ba Chẽ", alt_en: "A box of Ba Chẽ golden camellia tea" })
      await api.post(`/producer/products/${tea.id}/photos/${second!.id}`, { alt_vi: "Bông trà" }, maker.auth)
      await api.post(`/producer/products/${tea.id}/photos/${first!.id}`, { alt_en: "" }, maker.auth)
      const photos = (await photosOf(tea.id)).photos as Photo[]
      expect(photos.map((p) => [p.alt_vi, p.alt_en])).toEqual([["Hộp trà hoa vàng Ba Chẽ", null], ["Bông trà", null]])
      const tooLong = await fails(api.post(`/producer/products/${tea.id}/photos/${first!.id}`, { alt_vi: "x".repeat(301) }, maker.auth))
      expect(tooLong.status).toBe(400)
    })

    it("reorders by the list of ids, and the order persists on the product and in the store API with the alt texts", async () => {
      const [first, second] = await twoPhotos()
      await api.post(`/producer/products/${tea.id}/photos/${first!.id}`, { alt_vi: "Hộp trà hoa vàng Ba Chẽ", alt_en: "A box of tea" }, maker.auth)
      const res = await api.post(`/producer/products/${tea.id}/photos/order`, { ids: [second!.id, first!.id] }, maker.auth)
      expect(res.data.photos.map((p: Photo) => p.id)).toEqual([second!.id, first!.id])
      const product = await photosOf(tea.id)
      expect(product.photos.map((p: Photo) => p.id)).toEqual([second!.id, first!.id])
      expect(product.thumbnail).toBe(second!.card_url)

      for (const ids of [[first!.id], [first!.id, first!.id], [first!.id, second!.id, "img_nope"]]) {
        const refused = await fails(api.post(`/producer/products/${tea.id}/photos/order`, { ids }, maker.auth))
        expect({ ids, status: refused.status }).toEqual({ ids, status: 400 })
        expect(refused.data.message).toMatch(/every photo of the product exactly once/)
      }

      // What the storefront reads: Medusa's store product, images by rank with their metadata.
      await certify(api, shop.admin, maker, tea.id)
      const store = (await api.get(`/store/products/${tea.id}`, shop.store)).data.product
      const images = [...store.images].sort((a: { rank: number }, b: { rank: number }) => a.rank - b.rank)
      expect(images.map((i: { id: string }) => i.id)).toEqual([second!.id, first!.id])
      expect(images[1].metadata).toMatchObject({ alt_vi: "Hộp trà hoa vàng Ba Chẽ", alt_en: "A box of tea", sizes: { thumb: first!.thumb_url, card: first!.card_url, large: first!.url } })
      expect(store.thumbnail).toBe(second!.card_url)
    })

    it("takes up to 8 photos and refuses a 9th with a 400 saying why", async () => {
      await twoPhotos()
      const small = await png(300, 200, 10)
      const six = Array.from({ length: 6 }, (_, i) => ({ name: `anh-${i}.png`, type: "image/png", content: small }))
      expect((await upload(tea.id, six, maker)).data.photos).toHaveLength(8)
      const ninth = await fails(upload(tea.id, [{ name: "thu-9.png", type: "image/png", content: small }], maker))
      expect(ninth.status).toBe(400)
      expect(ninth.data.message).toMatch(/at most 8 photos/)
      expect((await photosOf(tea.id)).photos).toHaveLength(8)
    })

    it("refuses HTML named .png, an SVG and an HTML page behind a PNG signature, storing nothing", async () => {
      const fresh = await newProduct(api, maker, "Mật ong rừng")
      const html = Buffer.from("<html><script>alert(1)</script></html>")
      const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>')
      const disguised = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), html])
      const cases = [
        { name: "anh.png", type: "image/png", content: html, message: /anh\.png is not a JPEG, PNG or WebP image/ },
        { name: "logo.svg", type: "image/svg+xml", content: svg, message: /logo\.svg is not a JPEG, PNG or WebP image/ },
        { name: "gia.png", type: "image/png", content: disguised, message: /gia\.png could not be read as an image/ },
      ]
      for (const c of cases) {
        const refused = await fails(upload(fresh.id, [c], maker))
        expect({ name: c.name, status: refused.status }).toEqual({ name: c.name, status: 400 })
        expect(refused.data.message).toMatch(c.message)
      }
      expect((await photosOf(fresh.id)).photos).toEqual([])
    })

    it("deletes a photo; the rest keep their order", async () => {
      await twoPhotos()
      const before = [...(await twoPhotos())]
      expect(before).toHaveLength(4)
      const res = await api.delete(`/producer/products/${tea.id}/photos/${before[0]!.id}`, maker.auth)
      expect(res.data).toMatchObject({ id: before[0]!.id, deleted: true })
      const after = await photosOf(tea.id)
      expect(after.photos.map((p: Photo) => p.id)).toEqual(before.slice(1).map((p) => p.id))
      expect(after.thumbnail).toBe(before[1]!.card_url)
      const again = await fails(api.delete(`/producer/products/${tea.id}/photos/${before[0]!.id}`, maker.auth))
      expect(again.status).toBe(404)
    })

    it("answers 404 for another producer's product on every photo route, and changes nothing", async () => {
      const before = await twoPhotos()
      const photoId = before[0]!.id
      // Each refusal is caught as it is made: awaiting them one by one would leave a 404 that comes
      // early unhandled, which fails the run although the test's assertions hold.
      const attempts = await Promise.all([
        fails(upload(tea.id, [{ name: "a.png", type: "image/png", content: big }], other)),
        fails(api.get(`/producer/products/${tea.id}/photos`, other.auth)),
        fails(api.post(`/producer/products/${tea.id}/photos/order`, { ids: before.map((p) => p.id).reverse() }, other.auth)),
        fails(api.post(`/producer/products/${tea.id}/photos/${photoId}`, { alt_vi: "của người khác" }, other.auth)),
        fails(api.delete(`/producer/products/${tea.id}/photos/${photoId}`, other.auth)),
      ])
      for (const [i, attempt] of attempts.entries()) expect({ i, status: attempt.status }).toEqual({ i, status: 404 })
      expect((await photosOf(tea.id)).photos).toEqual(before)
    })
  },
})
