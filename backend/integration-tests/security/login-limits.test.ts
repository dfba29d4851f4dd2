import { medusaIntegrationTestRunner } from "../helpers/runner"
import { app } from "../search/fixtures"

// Issue #21 with the shipped limits (10 failures per account and address, 50 per address): the
// address is not X-Forwarded-For, and one account's attacker does not lock other shoppers out.
type Foundation = typeof import("../../src/scripts/seed/foundation")
const seedFoundation = (container: any) => app<Foundation>("../../src/scripts/seed/foundation").seedFoundation(container)

const raw = { validateStatus: () => true }
type Response = { status: number; data: any }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("15 wrong passwords with 15 different X-Forwarded-For values: 429 from the 11th", async () => {
      await seedFoundation(getContainer())
      const statuses: number[] = []
      for (let i = 0; i < 15; i++) {
        const answer: Response = await api.post(
          "/auth/user/emailpass",
          { email: "admin@ocop.local", password: `doan-mo-${i}` },
          { ...raw, headers: { "x-forwarded-for": `203.0.113.${i + 1}` } }
        )
        statuses.push(answer.status)
      }
      expect(statuses).toEqual([...Array(10).fill(401), ...Array(5).fill(429)])
    })

    it("while one account takes 10 wrong passwords, another customer logging in at the same moment succeeds", async () => {
      const refs = await seedFoundation(getContainer())
      const store = { "x-publishable-api-key": refs.publishableKey }
      const registered = await api.post("/auth/customer/emailpass/register", { email: "thu@example.vn", password: "mat-khau-cua-thu" })
      await api.post("/store/customers", { email: "thu@example.vn" }, { headers: { ...store, authorization: `Bearer ${registered.data.token}` } })

      const attack = Array.from({ length: 10 }, (_, i) =>
        api.post("/auth/customer/emailpass", { email: "lan@example.vn", password: `sai-${i}` }, raw) as Promise<Response>
      )
      const [login, ...refused] = await Promise.all([
        api.post("/auth/customer/emailpass", { email: "thu@example.vn", password: "mat-khau-cua-thu" }, raw) as Promise<Response>,
        ...attack,
      ])
      expect(refused.map((r) => r.status)).toEqual(Array(10).fill(401))
      expect(login.status).toBe(200)
      expect(login.data.token).toEqual(expect.any(String))
      // After the attack too: the attacked account waits, the other customer still logs in.
      const after: Response = await api.post("/auth/customer/emailpass", { email: "thu@example.vn", password: "mat-khau-cua-thu" }, raw)
      expect(after.status).toBe(200)
      const attacked: Response = await api.post("/auth/customer/emailpass", { email: "lan@example.vn", password: "sai" }, raw)
      expect(attacked.status).toBe(429)
    })
  },
})
