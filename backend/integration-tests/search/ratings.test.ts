// Buyers' ratings in GET /store/search (issue #18): `sort=rating_desc` (average, then count; products
// without reviews last), `min_rating` ("4 stars and up from buyers") and each hit's `rating`, kept apart
// from the OCOP stars. Reviews reach the index through the reviews module's own events; a hidden
// review leaves the figures. Who may write a review is proven in integration-tests/reviews; here the
// reviews are written straight into the reviews module, as its workflow's last step does.

import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import { REVIEWS_MODULE, type ReviewsModuleService } from "../../src/modules/reviews"
import type { StoreSearchResponse } from "../../src/search/lib/store-search"
import { app, loadCatalog, waitFor, type LoadedCatalog } from "./fixtures"

const { setReviewStatusWorkflow } = app<typeof import("../../src/workflows/reviews")>("../../src/workflows/reviews")

const HANDLES = [
  "tra-hoa-vang-ba-che",
  "tra-hoa-vang-quy-hoa",
  "nuoc-mam-cai-rong",
  "mam-tom-cai-rong",
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

    const search = async (params: Record<string, string>): Promise<StoreSearchResponse> =>
      (await api.get("/store/search", { headers, params })).data
    const handles = async (params: Record<string, string>) => (await search(params)).hits.map((h) => h.handle)
    const productId = (handle: string) => catalog.productIdByHandle.get(handle)!

    let line = 0
    /** Visible reviews of a product with these ratings, one per (fictitious) delivered line. */
    const review = async (handle: string, ratings: number[]) => {
      const service = container.resolve<ReviewsModuleService>(REVIEWS_MODULE)
      return service.createReviews(
        ratings.map((rating) => ({
          product_id: productId(handle),
          customer_id: `cus_rating_${line}`,
          order_id: `order_rating_${line}`,
          order_line_item_id: `ordli_rating_${line++}`,
          author_name: "Lan N.",
          rating,
          content: "Đúng như mô tả.",
          images: [],
          delivered_at: new Date(),
        }))
      )
    }

    it("sorts by buyers' average then count, products without reviews last; min_rating keeps 4★ and up; a hidden review leaves the figures", async () => {
      // Before any review: no hit has a buyers' rating, and min_rating finds nothing.
      const before = await search({ limit: "100" })
      expect(before.hits).toHaveLength(HANDLES.length)
      expect(before.hits.every((h) => h.rating === null)).toBe(true)
      expect((await search({ min_rating: "4" })).count).toBe(0)

      await review("mam-tom-cai-rong", [5]) // 5.0 (1)
      await review("nuoc-mam-cai-rong", [5, 4]) // 4.5 (2)
      const [, , lowest] = await review("tra-hoa-vang-quy-hoa", [5, 4, 3, 3]) // 3.8 (4)
      await review("mat-ong-binh-lieu", [5, 5, 4, 4]) // 4.5 (4): same average as nuoc-mam, more reviews

      const expected = ["mam-tom-cai-rong", "mat-ong-binh-lieu", "nuoc-mam-cai-rong", "tra-hoa-vang-quy-hoa", "tra-hoa-vang-ba-che"]
      await waitFor(async () => (await handles({ sort: "rating_desc", limit: "100" })).join() === expected.join(), 5000)

      const sorted = await search({ sort: "rating_desc", limit: "100" })
      expect(sorted.hits.map((h) => [h.handle, h.rating])).toEqual([
        ["mam-tom-cai-rong", { average: 5, count: 1 }],
        ["mat-ong-binh-lieu", { average: 4.5, count: 4 }],
        ["nuoc-mam-cai-rong", { average: 4.5, count: 2 }],
        ["tra-hoa-vang-quy-hoa", { average: 3.8, count: 4 }],
        ["tra-hoa-vang-ba-che", null],
      ])
      // The OCOP stars are the council's, untouched by buyers' ratings.
      const plain = await search({ limit: "100" })
      const ocopStars = new Map(plain.hits.map((h) => [h.handle, h.ocop.stars]))
      expect(before.hits.map((h) => [h.handle, h.ocop.stars])).toEqual(plain.hits.map((h) => [h.handle, h.ocop.stars]))
      for (const hit of sorted.hits) expect(hit.ocop.stars).toBe(ocopStars.get(hit.handle))

      const fourUp = await search({ min_rating: "4", sort: "rating_desc" })
      expect(fourUp.hits.map((h) => h.handle)).toEqual(["mam-tom-cai-rong", "mat-ong-binh-lieu", "nuoc-mam-cai-rong"])
      expect(fourUp.count).toBe(3)
      // With words, too (the PostgreSQL word-search path).
      expect(await handles({ q: "mat ong", min_rating: "4" })).toEqual(["mat-ong-binh-lieu"])
      expect(await handles({ q: "tra hoa vang", min_rating: "4" })).toEqual([])

      // The admin hides the 5 of mam tom: it has no visible review left, so no rating, and goes last.
      const [mamTom] = await container.resolve<ReviewsModuleService>(REVIEWS_MODULE).listReviews({ product_id: productId("mam-tom-cai-rong") })
      await setReviewStatusWorkflow(container).run({ input: { review_id: mamTom!.id, status: "hidden" } })
      // Hiding one 3 of tra hoa vang quy hoa lifts its average to 4.0 (3 reviews).
      await setReviewStatusWorkflow(container).run({ input: { review_id: lowest!.id, status: "hidden" } })
      await waitFor(async () => (await handles({ min_rating: "4", sort: "rating_desc" })).join() === "mat-ong-binh-lieu,nuoc-mam-cai-rong,tra-hoa-vang-quy-hoa", 5000)
      const after = await search({ sort: "rating_desc", limit: "100" })
      expect(after.hits.map((h) => [h.handle, h.rating])).toEqual([
        ["mat-ong-binh-lieu", { average: 4.5, count: 4 }],
        ["nuoc-mam-cai-rong", { average: 4.5, count: 2 }],
        ["tra-hoa-vang-quy-hoa", { average: 4, count: 3 }],
        // Without visible reviews, by id (the sort's last key).
        ...[["mam-tom-cai-rong", null], ["tra-hoa-vang-ba-che", null]].sort((a, b) =>
          productId(a[0] as string) < productId(b[0] as string) ? -1 : 1
        ),
      ])
    })

    it("refuses a min_rating outside 1–5 with a 400 naming it", async () => {
      for (const bad of ["0", "6", "4.5", "abc"]) {
        const error = await api.get(`/store/search?min_rating=${bad}`, { headers }).catch((e: { response: { status: number; data: { message: string } } }) => e.response)
        expect(error.status).toBe(400)
        expect(error.data.message).toMatch(/min_rating/)
      }
    })
  },
})
