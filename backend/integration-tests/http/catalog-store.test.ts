import { medusaIntegrationTestRunner } from "../helpers/runner"
import { getUnit, isCertificateInForce } from "@ocop/core"
import { PRODUCTS, getSeedProducer } from "../../src/scripts/seed/catalog-data"
import { app } from "../search/fixtures"

// Loaded as Medusa loads src/ (see fixtures): the seed's workflows must be registered once.
const { seedCatalog } = app<typeof import("../../src/scripts/seed/catalog")>("../../src/scripts/seed/catalog")
const { seedFoundation } = app<typeof import("../../src/scripts/seed/foundation")>("../../src/scripts/seed/foundation")

type StoreProduct = {
  handle: string
  title: string
  producer: { handle: string; display_name: string; commune_code: string; historic_locality: string } | null
  ocop_certificate: { stars: number; commune_code: string; status: string } | null
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("the seeded catalog through the store API", () => {
      it("returns every product of the domain notes' table with its producer and place", async () => {
        const refs = await seedFoundation(getContainer())
        await seedCatalog(getContainer(), refs)
        const headers = { "x-publishable-api-key": refs.publishableKey }
        const tableProducts = PRODUCTS.filter((p) => p.from_domain_table)
        expect(tableProducts.length).toBeGreaterThanOrEqual(25)

        const handles = tableProducts.map((p) => p.handle)
        const { data } = await api.get(
          `/store/products?limit=200&fields=handle,title,*producer,*ocop_certificate&${handles.map((h) => `handle[]=${h}`).join("&")}`,
          { headers }
        )
        const byHandle = new Map((data.products as StoreProduct[]).map((p) => [p.handle, p]))
        for (const seeded of tableProducts) {
          const product = byHandle.get(seeded.handle)
          expect(product, seeded.handle).toBeDefined()
          expect(product!.title).toBe(seeded.title_vi)
          const producer = getSeedProducer(seeded.producer)!
          expect(product!.producer, seeded.handle).toMatchObject({
            handle: producer.handle,
            display_name: producer.display_name,
            commune_code: producer.commune_code,
            historic_locality: producer.historic_locality,
          })
          // The place is one of Quảng Ninh's 54 current units.
          expect(getUnit(product!.ocop_certificate!.commune_code), seeded.handle).toBeDefined()
          expect(product!.ocop_certificate!.stars).toBe(seeded.certificate.stars)
        }
      })

      it("does not sell the seed's products whose certificate is not in force, e.g. Rượu mơ Yên Tử", async () => {
        const refs = await seedFoundation(getContainer())
        await seedCatalog(getContainer(), refs)
        const headers = { "x-publishable-api-key": refs.publishableKey }
        const expired = PRODUCTS.filter((p) => !isCertificateInForce(p.certificate.decision_date)).map((p) => p.handle)
        expect(expired).toContain("ruou-mo-yen-tu")
        const { data } = await api.get(`/store/products?limit=200&fields=handle`, { headers })
        const onSale = new Set((data.products as Array<{ handle: string }>).map((p) => p.handle))
        for (const handle of expired) expect(onSale.has(handle), handle).toBe(false)
        expect(onSale.size).toBe(PRODUCTS.length - expired.length)
      })
    })
  },
})
