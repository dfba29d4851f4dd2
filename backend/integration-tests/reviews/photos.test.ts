import { medusaIntegrationTestRunner } from "../helpers/runner"
import { multipart } from "../helpers/multipart"
import QRCode from "qrcode"
import { application, approve, certify, fails, newProduct, openShop, signUp, type Headers, type Producer, type Shop } from "../producer/portal"
import { boughtAndDelivered, newCustomer } from "./fixtures"

// Review photos (issue #18): up to 5 real JPEG/PNG/WebP images through Medusa's File Module, told by
// their bytes. Hostile files are refused or neutralised; what is served is served as an image.

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let maker: Producer
    let tea: Awaited<ReturnType<typeof newProduct>>
    let buyer: Headers
    let png: Buffer
    const as = (who?: Headers) => ({ headers: { ...shop.store.headers, ...who?.headers } })
    const upload = (files: Parameters<typeof multipart>[0], who?: Headers) => {
      const { body, headers } = multipart(files)
      return api.post("/store/reviews/uploads", body, { headers: { ...as(who).headers, ...headers }, maxBodyLength: Infinity, maxContentLength: Infinity })
    }

    beforeAll(async () => {
      shop = await openShop(getContainer(), api)
      maker = await signUp(api, "anh@ocop.test", application(84))
      await approve(api, shop.admin, maker.producerId)
      tea = await newProduct(api, maker, "Trà hoa vàng có ảnh", [300_000], 20)
      await certify(api, shop.admin, maker, tea.id)
      buyer = await newCustomer(api, shop, "anh@example.vn", { first_name: "Ánh", last_name: "Đỗ" })
      await boughtAndDelivered(api, shop, maker, tea.variants[0]!.id, buyer)
      png = await QRCode.toBuffer("https://ocop.example/vi/products/tra-hoa-vang", { type: "png" })
    })

    it("stores a photo for a signed-in customer, which a review then shows; served as an image", async () => {
      expect((await fails(upload([{ name: "a.png", type: "image/png", content: png }]))).status).toBe(401)
      const res = await upload([{ name: "Trà của tôi.png", type: "image/png", content: png }], buyer)
      expect(res.status).toBe(200)
      const url = res.data.files[0].url as string
      expect(url).toMatch(/\/static\/\d+-review-Tra-cua-toi\.png$/)

      const review = await api.post(`/store/products/${tea.id}/reviews`, { rating: 5, content: "Có ảnh", images: [url] }, as(buyer))
      expect(review.status).toBe(201)
      expect(review.data.review.images).toEqual([url])
      const served = await api.get(new URL(url).pathname, { responseType: "arraybuffer" })
      expect(served.headers["content-type"]).toBe("image/png")
      expect(Buffer.from(served.data).equals(png)).toBe(true)
    })

    it("neutralises a PNG with HTML inside and a path in the name: stored as .png, served as image/png", async () => {
      const polyglot = Buffer.concat([png, Buffer.from("<html><script>alert(document.cookie)</script></html>")])
      const res = await upload([{ name: "../../../etc/passwd.html", type: "text/html", content: polyglot }], buyer)
      expect(res.status).toBe(200)
      const url = res.data.files[0].url as string
      const path = new URL(url).pathname
      // The client's path is dropped: only the base name remains, with the extension of the real format.
      expect(path).toMatch(/^\/static\/\d+-review-passwd\.png$/)
      const served = await api.get(path, { responseType: "arraybuffer" })
      expect(served.headers["content-type"]).toBe("image/png")
    })

    it("refuses an SVG, an HTML page and a 20 MB file with a 400 that says why, and more than 5 photos", async () => {
      const svg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="5"/></svg>`)
      const svgRes = await fails(upload([{ name: "sao.svg", type: "image/svg+xml", content: svg }], buyer))
      expect(svgRes.status).toBe(400)
      expect(svgRes.data.message).toContain("sao.svg is not a JPEG, PNG or WebP image")
      const html = await fails(upload([{ name: "anh.png", type: "image/png", content: Buffer.from("<html>hi</html>") }], buyer))
      expect(html.status).toBe(400)

      const huge = Buffer.concat([png.subarray(0, 8), Buffer.alloc(20 * 1024 * 1024, 1)])
      const big = await fails(upload([{ name: "to.png", type: "image/png", content: huge }], buyer))
      expect(big.status).toBe(400)
      expect(big.data.message).toMatch(/at most 5 MB/)

      const six = Array.from({ length: 6 }, (_, i) => ({ name: `${i}.png`, type: "image/png", content: png }))
      expect((await fails(upload(six, buyer))).data.message).toMatch(/At most 5 images/)

      // A review takes only photos this backend stored for reviews, at most 5.
      const other = await fails(
        api.post(`/store/products/${tea.id}/reviews`, { rating: 4, content: "x", images: ["http://localhost:9000/static/1-logo.png"] }, as(buyer))
      )
      expect(other.status).toBe(400)
      expect(other.data.message).toMatch(/images/)
    })
  },
})
