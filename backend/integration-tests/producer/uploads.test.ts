import { medusaIntegrationTestRunner } from "../helpers/runner"
import { multipart } from "../helpers/multipart"
import QRCode from "qrcode"
import { application, approve, bearer, fails, openShop, signUp, type Producer, type Shop } from "./portal"

// Product images through POST /producer/uploads: real JPEG/PNG/WebP only (told by the bytes),
// at most 5 MB, only for a signed-in producer member; the URL goes into a product's thumbnail.

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let producer: Producer
    let png: Buffer

    beforeAll(async () => {
      shop = await openShop(getContainer(), api)
    })

    const upload = (files: Parameters<typeof multipart>[0], auth: { headers: Record<string, string> } | null, field?: string) => {
      const { body, headers } = multipart(files, field)
      return api.post("/producer/uploads", body, { headers: { ...headers, ...(auth?.headers ?? {}) }, maxBodyLength: Infinity })
    }

    describe("with a producer member's token", () => {
      beforeAll(async () => {
        producer = await signUp(api, "anh@ocop.test", application(31))
        await approve(api, shop.admin, producer.producerId)
        png = await QRCode.toBuffer("https://ocop.example/vi/products/tra-hoa-vang", { type: "png" })
      })

      it("stores a real PNG through the file module and the product takes its URL as thumbnail", async () => {
        const res = await upload([{ name: "Trà hoa vàng.png", type: "image/png", content: png }], producer.auth)
        expect(res.status).toBe(200)
        expect(res.data.files).toHaveLength(1)
        const { id, url } = res.data.files[0]
        expect(id).toBeTruthy()
        expect(url).toMatch(/\/static\/.*Tra-hoa-vang.*\.png$/)

        // The file is served back byte for byte.
        const served = await api.get(new URL(url).pathname, { responseType: "arraybuffer" })
        expect(Buffer.from(served.data).equals(png)).toBe(true)
        // Never sniffed into another type (issue #21); an unknown or escaping name is a 404.
        expect(served.headers["x-content-type-options"]).toBe("nosniff")
        expect(served.headers["content-type"]).toBe("image/png")
        for (const name of ["nope.png", "..%2Fpackage.json", "%2E%2E"]) {
          const missing = await api.get(`/static/${name}`, { validateStatus: () => true })
          expect({ name, status: missing.status }).toEqual({ name, status: 404 })
        }

        const created = await api.post(
          "/producer/products",
          { title: "Trà hoa vàng có ảnh", group: "food", thumbnail: url, variants: [{ price: 250_000, stock: 3 }] },
          producer.auth
        )
        expect(created.data.product.thumbnail).toBe(url)
      })

      it("names the stored file after the format the bytes show, not the name the client gave", async () => {
        const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 1)])
        const res = await upload([{ name: "anh.png", type: "image/png", content: jpeg }], producer.auth)
        expect(res.status).toBe(200)
        expect(res.data.files[0].url).toMatch(/anh.*\.jpg$/)
      })

      it("refuses a text file named .png with a 400 naming it, and stores nothing of the batch", async () => {
        const res = await fails(
          upload(
            [
              { name: "ok.png", type: "image/png", content: png },
              { name: "gia-ca.png", type: "image/png", content: Buffer.from("Giá: 250.000 đ — not an image") },
            ],
            producer.auth
          )
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("gia-ca.png is not a JPEG, PNG or WebP image")
        expect(res.data.errors).toEqual([{ field: "files.1", message: "gia-ca.png is not a JPEG, PNG or WebP image" }])
      })

      it("refuses an image over 5 MB with a 400 saying the limit", async () => {
        const big = Buffer.concat([PNG_SIGNATURE, Buffer.alloc(6 * 1024 * 1024, 7)])
        const res = await fails(upload([{ name: "to.png", type: "image/png", content: big }], producer.auth))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/at most 5 MB/)
      })

      it("refuses a request without files, and files in another field", async () => {
        const none = await fails(api.post("/producer/uploads", {}, producer.auth))
        expect(none.status).toBe(400)
        expect(none.data.message).toMatch(/choose at least one image/)
        const wrongField = await fails(upload([{ name: "a.png", type: "image/png", content: png }], producer.auth, "image"))
        expect(wrongField.status).toBe(400)
        expect(wrongField.data.message).toMatch(/field "files"/)
      })
    })

    describe("without a producer member's token", () => {
      it("answers 401 to no token, the admin's token and a registration token without a producer", async () => {
        const file = [{ name: "a.png", type: "image/png", content: PNG_SIGNATURE }]
        expect((await fails(upload(file, null))).status).toBe(401)
        expect((await fails(upload(file, shop.admin))).status).toBe(401)
        const registered = await api.post("/auth/producer/emailpass/register", { email: "chua-nop@ocop.test", password: "mat-khau-thu-nghiem" })
        expect((await fails(upload(file, bearer(registered.data.token)))).status).toBe(401)
      })
    })
  },
})
