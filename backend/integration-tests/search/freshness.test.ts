// Freshness: every change that decides what a shopper finds reaches GET /store/search within 2 s,
// through the events the product index consumes (src/search/lib/sources.ts): products, variants
// (prices), certificates (change, revocation, expiry), producers (rename, suspension) and the
// product ↔ producer link.

import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createProductsWorkflow,
  deleteProductsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import type { StoreSearchResponse } from "../../src/search/lib/store-search"
import { app, loadCatalog, waitFor, type LoadedCatalog } from "./fixtures"

const {
  expireCertificatesWorkflow,
  setProductOcopWorkflow,
  updateProducerStatusWorkflow,
  updateProducerWorkflow,
  upsertProductCertificateWorkflow,
} = app<typeof import("../../src/workflows")>("../../src/workflows")

const FRESH_WITHIN_MS = 2000
const HANDLES = [
  "tra-hoa-vang-ba-che",
  "tra-hoa-vang-quy-hoa",
  "nuoc-mam-cai-rong",
  "mam-tom-cai-rong",
  "ngoc-trai-akoya-ngoc-trai-ha-long",
  "mat-ong-binh-lieu",
]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let catalog: LoadedCatalog
    let container: MedusaContainer
    let headers: Record<string, string>

    beforeAll(async () => {
      container = getContainer()
      catalog = await loadCatalog(container, { handles: HANDLES })
      headers = { "x-publishable-api-key": catalog.publishableKey }
    })

    const search = async (params: Record<string, string>): Promise<StoreSearchResponse> => {
      const { data } = await api.get("/store/search", { headers, params })
      return data
    }
    const handles = async (params: Record<string, string>) => (await search(params)).hits.map((h) => h.handle)
    const productId = (handle: string) => catalog.productIdByHandle.get(handle)!
    const producerId = (handle: string) => catalog.producerIdByHandle.get(handle)!

    const measured: number[] = []
    /** Waits (at most 2 s) for the search to satisfy `check`; fails with the elapsed time otherwise. */
    const fresh = async (check: () => Promise<boolean>) => {
      const elapsed = await waitFor(check, FRESH_WITHIN_MS, 25)
      measured.push(elapsed)
      expect(elapsed).toBeLessThanOrEqual(FRESH_WITHIN_MS)
    }

    afterAll(() => {
      const sorted = [...measured].sort((a, b) => a - b)
      console.log(`[freshness] ${sorted.length} changes visible after ${sorted.join(", ")} ms (max ${sorted.at(-1)} ms)`)
    })

    it("starts from an index that matches the data", async () => {
      expect(await handles({ q: "tra hoa vang" })).toEqual(
        expect.arrayContaining(["tra-hoa-vang-ba-che", "tra-hoa-vang-quy-hoa"])
      )
      expect((await search({ limit: "100" })).count).toBe(HANDLES.length)
    })

    it("finds a product by its new title within 2 s of an update", async () => {
      await updateProductsWorkflow(container).run({
        input: { selector: { id: productId("mat-ong-binh-lieu") }, update: { title: "Mật ong rừng Bình Liêu thượng hạng" } },
      })
      await fresh(async () => (await handles({ q: "mat ong rung thuong hang" }))[0] === "mat-ong-binh-lieu")
    })

    it("drops a product within 2 s of unpublishing it, and of deleting it", async () => {
      await updateProductsWorkflow(container).run({
        input: { selector: { id: productId("mam-tom-cai-rong") }, update: { status: "draft" } },
      })
      await fresh(async () => !(await handles({ q: "cai rong" })).includes("mam-tom-cai-rong"))

      await deleteProductsWorkflow(container).run({ input: { ids: [productId("nuoc-mam-cai-rong")] } })
      await fresh(async () => !(await handles({ q: "cai rong" })).includes("nuoc-mam-cai-rong"))
    })

    it("finds a new product within 2 s of it getting its certificate and producer", async () => {
      const { result } = await createProductsWorkflow(container).run({
        input: {
          products: [
            {
              title: "Trà hoa vàng túi lọc Ba Chẽ",
              handle: "tra-hoa-vang-tui-loc",
              status: "published",
              shipping_profile_id: catalog.shippingProfileId,
              options: [{ title: "Quy cách", values: ["Hộp 20 túi"] }],
              variants: [
                {
                  title: "Hộp 20 túi",
                  manage_inventory: false,
                  options: { "Quy cách": "Hộp 20 túi" },
                  prices: [{ amount: 250_000, currency_code: "vnd" }],
                },
              ],
              sales_channels: [{ id: catalog.salesChannelId }],
            },
          ],
        },
      })
      const id = result[0]!.id
      // Published but not certified yet: not findable.
      expect(await handles({ q: "tui loc" })).not.toContain("tra-hoa-vang-tui-loc")
      await setProductOcopWorkflow(container).run({
        input: {
          product_id: id,
          producer_id: producerId("lam-san-dap-thanh"),
          certificate: {
            stars: 4,
            group: "food",
            sub_group: "tea",
            decision_number: "125/QĐ-UBND",
            decision_date: "2026-03-02",
            issuing_level: "province",
            issuing_authority: "UBND tỉnh Quảng Ninh",
            commune_code: "06979",
            historic_locality: "xã Đạp Thanh, huyện Ba Chẽ",
          },
        },
      })
      await fresh(async () => (await handles({ q: "tui loc" }))[0] === "tra-hoa-vang-tui-loc")
    })

    it("follows a certificate's new stars, its revocation and its expiry within 2 s", async () => {
      const id = productId("tra-hoa-vang-quy-hoa")
      const certificate = {
        stars: 4,
        group: "food",
        sub_group: "tea",
        decision_number: "2001/QĐ-UBND",
        decision_date: "2026-05-04",
        issuing_level: "province" as const,
        issuing_authority: "UBND tỉnh Quảng Ninh",
        commune_code: "06922",
        historic_locality: "huyện Hải Hà",
      }
      await upsertProductCertificateWorkflow(container).run({ input: { product_id: id, certificate } })
      await fresh(async () => (await handles({ q: "quy hoa", stars: "4" })).includes("tra-hoa-vang-quy-hoa"))

      await upsertProductCertificateWorkflow(container).run({
        input: { product_id: id, certificate: { ...certificate, status: "revoked", status_reason: "Thu hồi để kiểm tra lại" } },
      })
      await fresh(async () => !(await handles({ q: "quy hoa" })).includes("tra-hoa-vang-quy-hoa"))

      // Expiry: 36 months after signing. Judged "now" in 2031, every certificate has expired.
      await expireCertificatesWorkflow(container).run({ input: { now: "2031-01-01" } })
      await fresh(async () => (await search({})).count === 0)
    })

    it("follows a producer's rename, suspension and reinstatement within 2 s", async () => {
      await updateProducerWorkflow(container).run({
        input: { id: producerId("ngoc-trai-ha-long"), update: { display_name: "Ngọc trai Vịnh Ngọc" } },
      })
      await fresh(async () => {
        const body = await search({ q: "vinh ngoc" })
        return body.hits[0]?.handle === "ngoc-trai-akoya-ngoc-trai-ha-long" && body.hits[0]?.ocop.producer_name === "Ngọc trai Vịnh Ngọc"
      })

      await updateProducerStatusWorkflow(container).run({
        input: { id: producerId("ngoc-trai-ha-long"), status: "suspended", reason: "Tạm ngừng để kiểm tra" },
      })
      await fresh(async () => (await search({ producer: "ngoc-trai-ha-long" })).count === 0)
      expect(await handles({ q: "ngoc trai" })).not.toContain("ngoc-trai-akoya-ngoc-trai-ha-long")

      await updateProducerStatusWorkflow(container).run({ input: { id: producerId("ngoc-trai-ha-long"), status: "active" } })
      await fresh(async () => (await handles({ q: "ngoc trai" })).includes("ngoc-trai-akoya-ngoc-trai-ha-long"))
    })

    it("follows a price change within 2 s", async () => {
      const query = container.resolve("query")
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["id"],
        filters: { product_id: productId("tra-hoa-vang-ba-che") },
      })
      await updateProductVariantsWorkflow(container).run({
        input: {
          product_variants: (data as Array<{ id: string }>).map((v) => ({
            id: v.id,
            prices: [{ amount: 99_000, currency_code: "vnd" }],
          })),
        },
      })
      await fresh(async () => (await handles({ q: "tra hoa vang", price_max: "100000" })).includes("tra-hoa-vang-ba-che"))
    })

    it("is rebuilt from the database by a reindex (after bulk loads)", async () => {
      const searchModule = container.resolve(Modules.SEARCH)
      const before = (await search({ limit: "100" })).count
      const { indexes } = await searchModule.reindex({ index: "product" })
      expect(indexes).toEqual(["product"])
      expect((await search({ limit: "100" })).count).toBe(before)
    })
  },
})
