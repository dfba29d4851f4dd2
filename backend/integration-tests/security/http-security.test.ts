import { createHmac } from "node:crypto"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { app } from "../search/fixtures"

// A small limit for the test; read when the app loads its middlewares.
process.env.OCOP_AUTH_MAX_FAILURES = "3"
process.env.OCOP_AUTH_WINDOW_SECONDS = "120"
// The storefront's server vouches for the shopper's address with this secret (client-address.ts).
process.env.OCOP_STOREFRONT_SECRET = "storefront-secret-of-the-test"
// Each test seeds the foundation again (the runner empties the database after each).
vi.setConfig({ testTimeout: 240_000 })

type Foundation = typeof import("../../src/scripts/seed/foundation")
const seedFoundation = (container: any) => app<Foundation>("../../src/scripts/seed/foundation").seedFoundation(container)
type ErrorBody = typeof import("../../src/api/lib/security/error-body")
const leaksInternals = (message: unknown) => app<ErrorBody>("../../src/api/lib/security/error-body").leaksInternals(message)

type Response = { status: number; headers: Record<string, string>; data: any }
// Answers of every status, as the client gets them (axios would throw on 4xx/5xx).
const raw = { validateStatus: () => true }
/** Requests of a shopper at `address`, as the storefront's server passes them on (signed). */
const from = (address: string, headers: Record<string, string> = {}) => ({
  ...raw,
  headers: {
    "x-ocop-client-address": address,
    "x-ocop-client-signature": createHmac("sha256", process.env.OCOP_STOREFRONT_SECRET!).update(`ocop-client-address:${address}`).digest("base64url"),
    ...headers,
  },
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("login and sign-up rate limits", () => {
      it("blocks one account from one address after 3 failed logins with 429 and Retry-After; other accounts there and the account elsewhere still log in", async () => {
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
        // Another account (the same e-mail of another actor is another account) from the same address.
        for (const actor of ["customer", "producer", "partner"]) {
          const other: Response = await api.post(`/auth/${actor}/emailpass`, wrong, from("203.0.113.7"))
          expect(other.status).toBe(401)
        }

        const elsewhere: Response = await api.post("/auth/user/emailpass", good, from("203.0.113.8"))
        expect(elsewhere.status).toBe(200)
        expect(elsewhere.data.token).toEqual(expect.any(String))
        // Successes are not counted.
        for (let i = 0; i < 4; i++) {
          expect((await api.post("/auth/user/emailpass", good, from("203.0.113.8"))).status).toBe(200)
        }
      })

      it("blocks an address after 5 times the limit over many accounts, and an account after 10 times over many addresses", async () => {
        await seedFoundation(getContainer())
        for (let i = 0; i < 15; i++) {
          const failed: Response = await api.post("/auth/customer/emailpass", { email: `k${i}@example.vn`, password: "x" }, from("192.0.2.10"))
          expect(failed.status).toBe(401)
        }
        const blocked: Response = await api.post("/auth/customer/emailpass", { email: "k99@example.vn", password: "x" }, from("192.0.2.10"))
        expect(blocked.status).toBe(429)

        // 30 failures against one account from ten addresses, 3 each: the account waits, from anywhere.
        // (The counters live in memory across this file's tests: an account of this test's own.)
        const target = { email: "quan-tri@ocop.local", password: "x" }
        for (let i = 0; i < 30; i++) {
          const failed: Response = await api.post("/auth/user/emailpass", target, from(`192.0.2.${20 + (i % 10)}`))
          expect(failed.status).toBe(401)
        }
        const locked: Response = await api.post("/auth/user/emailpass", target, from("192.0.2.99"))
        expect(locked.status).toBe(429)
        expect(locked.data.message).toMatch(/^Too many failed attempts to log in to this account\. Try again in 2 minutes/)
      })

      it("takes the address from the storefront's signature or the TCP peer, never from X-Forwarded-For or a forged signature", async () => {
        await seedFoundation(getContainer())
        const wrong = { email: "admin@ocop.local", password: "x" }
        for (let i = 0; i < 3; i++) {
          const forwarded = { ...raw, headers: { "x-forwarded-for": `198.18.0.${i}` } }
          expect(((await api.post("/auth/user/emailpass", wrong, forwarded)) as Response).status).toBe(401)
        }
        // Another X-Forwarded-For, or a made-up signature, is still the same peer.
        const forged = { ...raw, headers: { "x-forwarded-for": "198.18.0.200", "x-ocop-client-address": "198.18.0.201", "x-ocop-client-signature": "made-up" } }
        expect(((await api.post("/auth/user/emailpass", wrong, forged)) as Response).status).toBe(429)
        // Behind a proxy named in TRUSTED_PROXIES (here the test's own address) its X-Forwarded-For counts.
        process.env.TRUSTED_PROXIES = "127.0.0.1,::1"
        try {
          const proxied = { ...raw, headers: { "x-forwarded-for": "198.18.0.202" } }
          expect(((await api.post("/auth/user/emailpass", { email: "admin@ocop.local", password: "ocop-dev-admin" }, proxied)) as Response).status).toBe(200)
        } finally {
          delete process.env.TRUSTED_PROXIES
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
