import http from "node:http"
import type { AddressInfo } from "node:net"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import { REVALIDATE_SIGNATURE_HEADER, verifyRevalidation } from "@ocop/core/dist/server"
import { createInventoryItemsWorkflow } from "@medusajs/medusa/core-flows"
import { TAGS_OF_EVENT } from "../../src/subscribers/storefront-revalidate"
import { seedFoundation } from "../../src/scripts/seed/foundation"
import { upsertProductCertificateWorkflow } from "../../src/workflows/ocop/upsert-product-certificate"
import { adminHeaders, certificate, createProduct } from "../helpers/ocop"

// Issue #16: on a change of what catalog pages show, the backend tells the storefront which cache
// tags to expire, in a POST /api/revalidate signed with REVALIDATE_SECRET
// (src/subscribers/storefront-revalidate.ts). A stand-in storefront records what arrives.

const SECRET = "integration-test-revalidate-secret-0123456789"
type Received = { tags: string[]; signed: boolean; path: string }
const received: Received[] = []
let server: http.Server

async function until(what: string, found: () => boolean) {
  for (let i = 0; i < 100; i++) {
    if (found()) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`no revalidation ${what} within 5 s; received ${JSON.stringify(received)}`)
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    beforeAll(async () => {
      server = http.createServer((req, res) => {
        let body = ""
        req.on("data", (chunk) => (body += chunk))
        req.on("end", () => {
          const signed = verifyRevalidation(SECRET, body, req.headers[REVALIDATE_SIGNATURE_HEADER] as string | undefined)
          received.push({ tags: (JSON.parse(body) as { tags: string[] }).tags, signed, path: req.url ?? "" })
          res.writeHead(signed ? 200 : 401).end()
        })
      })
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
      process.env.REVALIDATE_SECRET = SECRET
      process.env.STOREFRONT_REVALIDATE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    })
    afterAll(async () => {
      delete process.env.REVALIDATE_SECRET
      delete process.env.STOREFRONT_REVALIDATE_URL
      await new Promise((r) => server.close(r))
    })

    describe("the storefront's catalog cache is expired on change", () => {
      it("a product's price and a certificate each send their tags, signed, to /api/revalidate", async () => {
        const container = getContainer()
        const refs = await seedFoundation(container)
        const product = await createProduct(container, refs, "Trà hoa vàng (revalidate)")
        await until("after the product was created", () => received.some((r) => r.tags.includes("products")))

        received.length = 0
        const admin = await adminHeaders(api)
        const variant = product.variants[0]!
        await api.post(`/admin/products/${product.id}/variants/${variant.id}`, { prices: [{ currency_code: "vnd", amount: 260000 }] }, admin)
        await until("after the price changed", () => received.some((r) => r.tags.includes("products")))

        received.length = 0
        await upsertProductCertificateWorkflow(container).run({ input: { product_id: product.id, certificate: certificate() } })
        await until("after the certificate changed", () => received.some((r) => r.tags.includes("certificates")))
        expect(received.every((r) => r.signed && r.path === "/api/revalidate")).toBe(true)
        expect(received.flatMap((r) => r.tags)).toEqual(expect.arrayContaining(["certificates", "products", "producers"]))

        // Stock goes under its own tag (the storefront serves the last product page while it renders
        // the new one): a level set by the admin sends `stock`, and not `products`, which every
        // catalog page reads. The certificate's tags are sent again 0.5 s later, and on Redis its
        // events may still be arriving: wait until nothing has come for a second.
        for (let seen = -1; seen !== received.length; ) {
          seen = received.length
          await new Promise((r) => setTimeout(r, 1_000))
        }
        received.length = 0
        const { result: items } = await createInventoryItemsWorkflow(container).run({
          input: { items: [{ sku: `revalidate-${Date.now()}`, location_levels: [{ location_id: refs.stockLocationId, stocked_quantity: 5 }] }] },
        })
        await until("after stock was stocked", () => received.some((r) => r.tags.includes("stock")))
        received.length = 0
        await api.post(`/admin/inventory-items/${items[0]!.id}/location-levels/${refs.stockLocationId}`, { stocked_quantity: 9 }, admin)
        await until("after the stock level changed", () => received.some((r) => r.tags.includes("stock")))
        await new Promise((r) => setTimeout(r, 700)) // the same tags, sent again
        expect(received.every((r) => r.signed)).toBe(true)
        expect(received.flatMap((r) => r.tags)).not.toContain("products")
        for (const event of ["inventory.inventory-level.updated", "inventory.reservation-item.created", "order.placed", "order.canceled"]) {
          expect(TAGS_OF_EVENT[event], event).toEqual(["stock"])
        }
      })
    })
  },
})
