import { medusaIntegrationTestRunner } from "../helpers/runner"
import { seedFoundation } from "../../src/scripts/seed/foundation"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("the foundation", () => {
      it("answers /health", async () => {
        const response = await api.get("/health")
        expect(response.status).toBe(200)
      })

      it("seeds region Việt Nam in VND with standard and express shipping, reusing it on a second run", async () => {
        const first = await seedFoundation(getContainer())
        const second = await seedFoundation(getContainer())
        expect(second).toEqual(first)

        const headers = { "x-publishable-api-key": first.publishableKey }
        const { data } = await api.get("/store/regions", { headers })
        expect(data.regions.map((r: { name: string; currency_code: string }) => [r.name, r.currency_code])).toEqual([
          ["Việt Nam", "vnd"],
        ])
      })

      it("lets the demo admin log in and refuses a wrong password", async () => {
        await seedFoundation(getContainer())
        const ok = await api.post("/auth/user/emailpass", { email: "admin@ocop.local", password: "ocop-dev-admin" })
        expect(ok.data.token).toEqual(expect.any(String))
        const bad = await api
          .post("/auth/user/emailpass", { email: "admin@ocop.local", password: "wrong" })
          .catch((e: { response: { status: number } }) => e.response)
        expect(bad.status).toBe(401)
      })
    })
  },
})
