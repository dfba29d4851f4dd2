import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { app } from "../search/fixtures"

// A small limit for the test; read when the app loads its middlewares.
process.env.OCOP_AUTH_MAX_FAILURES = "3"
process.env.OCOP_AUTH_WINDOW_SECONDS = "120"
// Each test seeds the foundation again (the runner empties the database after each).
vi.setConfig({ testTimeout: 240_000 })

type Foundation = typeof import("../../src/scripts/seed/foundation")
const seedFoundation = (container: any) => app<Foundation>("../../src/scripts/seed/foundation").seedFoundation(container)
type ErrorBody = typeof import("../../src/api/lib/security/error-body")
const leaksInternals = (message: unknown) => app<ErrorBody>("../../src/api/lib/security/error-body").leaksInternals(message)

type Response = { status: number; headers: Record<string, string>; data: any }
// Answers of every status, as the client gets them (axios would throw on 4xx/5xx).
const raw = { validateStatus: () => true }
/** Requests as if from `address` (Medusa trusts one proxy hop: X-Forwarded-For). */
const from = (address: string, headers: Record<string, string> = {}) => ({ ...raw, headers: { "x-forwarded-for": address, ...headers } })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("login and sign-up rate limits", () => {
      it("blocks an address after 3 failed logins with 429 and Retry-After, for every actor; another address still logs in", async () => {
        await seedFoundation(getContainer())
        const wrong = { email: "admin@ocop.local", password: "not-the-password" }
        for (let i = 0; i < 3; i++) {
          const failed: Response = await api.post("/auth/user/emailpass", wrong, from("203.0.113.7"))
          expect(failed.status).toBe(401)
        }
        const good = { email: "admin@ocop.local", password: "ocop-dev-admin" }
        const blocked: Response = await api.post("/auth/user/emailpass", good, from("203.0.113.7"))
        expect(blocked.status).toBe(429)
        expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(100)
        expect(Number(blocked.headers["retry-after"])).toBeLessThanOrEqual(120)
        expect(blocked.data.message).toBe("Too many failed attempts from your network address. Try again in 2 minutes.")
        for (const actor of ["customer", "producer", "partner"]) {
          const other: Response = await api.post(`/auth/${actor}/emailpass`, wrong, from("203.0.113.7"))
          expect(other.status).toBe(429)
        }

        const elsewhere: Response = await api.post("/auth/user/emailpass", good, from("203.0.113.8"))
        expect(elsewhere.status).toBe(200)
        expect(elsewhere.data.token).toEqual(expect.any(String))
        // Successes are not counted.
        for (let i = 0; i < 4; i++) {
          expect((await api.post("/auth/user/emailpass", good, from("203.0.113.8"))).status).toBe(200)
        }
      })

      it("blocks an address after 3 failed sign-ups on every sign-up route", async () => {
        const refs = await seedFoundation(getContainer())
        const store = { "x-publishable-api-key": refs.publishableKey }
        // No registration token: 401, counted.
        for (let i = 0; i < 3; i++) {
          const failed: Response = await api.post("/store/customers", { email: "a@example.vn" }, from("198.51.100.4", store))
          expect(failed.status).toBe(401)
        }
        const routes = [
          "/store/customers",
          "/producer/applications",
          "/partner/applications",
          "/auth/customer/emailpass/register",
          "/auth/producer/emailpass/register",
          "/auth/partner/emailpass/register",
        ]
        for (const route of routes) {
          const blocked: Response = await api.post(route, { email: "b@example.vn", password: "long-enough-pw" }, from("198.51.100.4", store))
          expect({ route, status: blocked.status }).toEqual({ route, status: 429 })
          expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0)
        }
        // Logins are counted apart, and other addresses are not affected.
        const login: Response = await api.post("/auth/customer/emailpass", { email: "x@example.vn", password: "x" }, from("198.51.100.4"))
        expect(login.status).toBe(401)
        const register: Response = await api.post(
          "/auth/customer/emailpass/register",
          { email: "new-customer@example.vn", password: "long-enough-pw" },
          from("198.51.100.5")
        )
        expect(register.status).toBe(200)
      })
    })

    describe("CORS", () => {
      it("answers only the configured origins", async () => {
        const refs = await seedFoundation(getContainer())
        const { http } = getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
        const first = (list: string) => list.split(",")[0]!
        const cases = [
          { path: "/store/products", allowed: first(http.storeCors) },
          { path: "/auth/customer/emailpass", allowed: first(http.authCors) },
          { path: "/admin/products", allowed: first(http.adminCors) },
        ]
        for (const { path, allowed } of cases) {
          const headers = { "x-publishable-api-key": refs.publishableKey, "access-control-request-method": "GET" }
          const evil: Response = await api.options(path, { ...raw, headers: { ...headers, origin: "https://evil.example" } })
          expect({ path, acao: evil.headers["access-control-allow-origin"] }).toEqual({ path, acao: undefined })
          const evilGet: Response = await api.get(path, { ...raw, headers: { ...headers, origin: "https://evil.example" } })
          expect(evilGet.headers["access-control-allow-origin"]).toBeUndefined()
          const good: Response = await api.options(path, { ...raw, headers: { ...headers, origin: allowed } })
          expect({ path, acao: good.headers["access-control-allow-origin"] }).toEqual({ path, acao: allowed })
        }
      })
    })

    describe("error responses", () => {
      it("carry no stack trace, SQL or source path, and no 5xx, on malformed and hostile requests", async () => {
        const refs = await seedFoundation(getContainer())
        const store = { ...raw, headers: { "x-publishable-api-key": refs.publishableKey } }
        const json = { ...raw, headers: { ...store.headers, "content-type": "application/json" } }
        const requests: [string, () => Promise<Response>][] = [
          ["malformed JSON", () => api.post("/store/carts", "{not json", json)],
          ["limit not a number", () => api.get("/store/products?limit=abc", store)],
          ["unknown relation in fields", () => api.get("/store/products?fields=*no_such_relation", store)],
          ["SQL in order", () => api.get("/store/products?order=title;drop%20table%20product", store)],
          ["SQL in a filter", () => api.get("/store/products?handle=%27%20or%201=1--", store)],
          ["operator injection", () => api.get("/store/products?title[$where]=1", store)],
          ["negative offset", () => api.get("/store/products?offset=-5", store)],
          ["unknown product", () => api.get("/store/products/prod_does_not_exist", store)],
          ["unknown cart", () => api.post("/store/carts/cart_nope/line-items", { variant_id: "x", quantity: 1 }, store)],
          ["bad region", () => api.post("/store/carts", { region_id: "reg_'; drop table cart; --" }, store)],
          ["huge quantity", () => api.post("/store/carts", { items: [{ variant_id: "v", quantity: 1e308 }] }, store)],
          ["search with SQL", () => api.get("/store/search?q=%27%20OR%201%3D1%20--&limit=-1", store)],
          ["producer with SQL", () => api.get("/store/producers/%27%3Bselect%201", store)],
          ["admin without login", () => api.get("/admin/products", raw)],
          ["admin with a forged token", () => api.get("/admin/products", { ...raw, headers: { authorization: "Bearer abc.def.ghi" } })],
        ]
        for (const [name, request] of requests) {
          const response = await request()
          const text = JSON.stringify(response.data)
          expect({ name, status: response.status }).toEqual({ name, status: expect.any(Number) })
          expect({ name, fivexx: response.status >= 500 }).toEqual({ name, fivexx: false })
          expect({ name, leaks: leaksInternals(response.data?.message) || /node_modules|\bstack\b|\n\s+at /.test(text) }).toEqual({
            name,
            leaks: false,
          })
          // Every refusal says why.
          if (response.status >= 400) {
            expect({ name, status: response.status, message: typeof response.data?.message }).toEqual({
              name,
              status: response.status,
              message: "string",
            })
          }
        }
      })

      it("refuse a negative offset or limit on the product list with a 400 that names it", async () => {
        const refs = await seedFoundation(getContainer())
        const store = { ...raw, headers: { "x-publishable-api-key": refs.publishableKey } }
        for (const [query, field] of [["offset=-5", "offset"], ["limit=-1", "limit"], ["offset=1.5", "offset"]] as const) {
          const response: Response = await api.get(`/store/products?${query}`, store)
          expect({ query, status: response.status, message: response.data?.message }).toEqual({
            query,
            status: 400,
            message: `${field}: must be a whole number, 0 or more`,
          })
        }
        expect((await api.get("/store/products?offset=0&limit=2", store)).status).toBe(200)
      })
    })
  },
})
