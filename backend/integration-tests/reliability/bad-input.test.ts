// Reliability 4 and issue #21: at least 2,000 generated bad inputs (./fuzz-inputs.ts, seeded) against
// the store, producer, partner and admin APIs of the built backend (the admin's asked with the
// admin's token): none answers with a 5xx, takes over 5 s or drops the connection, and the backend
// still serves a normal request afterwards.
import fs from "node:fs"
import path from "node:path"
import { leaksInternals } from "../../src/api/lib/security/error-body"
import { CORE_ADMIN_ROUTES, CORE_STORE_ROUTES, generateRequests, routesFromSource, type FuzzRequest } from "./fuzz-inputs"
import { Http, ok, prepareCart, setUpShop, type Reply } from "./shop"
import { createStack, LOG_DIR, SETUP_TIMEOUT_MS, tearDown, type Stack } from "./stack"

const SEED = Number(process.env.OCOP_FUZZ_SEED || 20261129)
const COUNT = 2_000
const CONCURRENCY = 4
/** Issue #21: an answer slower than this is a failure too (a hostile input must not hold a worker). */
const SLOW_MS = Number(process.env.OCOP_FUZZ_SLOW_MS || 5_000)

describe("bad inputs against the store, producer, partner and admin APIs", () => {
  let stack: Stack
  let store: Http
  let producer: Http
  let partner: Http
  let admin: Http
  let partnerSignedIn = false
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    stack = await createStack("fuzz")
    await stack.start()
    store = new Http(stack.backendUrl, { "x-publishable-api-key": stack.publishableKey })
    const login = await ok(
      new Http(stack.backendUrl).post("/auth/producer/emailpass", { email: "producer@ocop.local", password: "ocop-dev-producer" }),
      "producer login"
    )
    producer = store.with({ authorization: `Bearer ${login.token}` })
    // The partner API is being built alongside: signed in when its demo account exists.
    const partnerLogin = await new Http(stack.backendUrl).post("/auth/partner/emailpass", { email: "partner@ocop.local", password: "ocop-dev-partner" })
    partner = partnerLogin.status === 200 ? store.with({ authorization: `Bearer ${partnerLogin.data.token}` }) : store
    partnerSignedIn = partnerLogin.status === 200

    // Real ids, so that half the requests reach the validation behind the id lookup.
    const shop = await setUpShop(stack, 100)
    admin = shop.admin.with({ "x-publishable-api-key": stack.publishableKey })
    const { orders } = await ok(admin.get("/admin/orders?limit=1"), "admin orders")
    const { customers } = await ok(admin.get("/admin/customers?limit=1"), "admin customers")
    const { cartId, paymentCollectionId } = await prepareCart(shop)
    const { cart } = await ok(store.get(`/store/carts/${cartId}`), "cart")
    const { producers } = await ok(store.get("/store/producers?limit=1"), "producers")
    const own = await ok(producer.get("/producer/products?limit=1"), "producer products")
    const shelves = partnerSignedIn ? (await partner.get("/partner/shelves")).data?.shelves : undefined
    Object.assign(ids, {
      product: shop.productId,
      region: shop.regionId,
      producer: producers[0]?.handle ?? "",
      cart: cartId,
      line: cart.items[0].id,
      payment_collection: paymentCollectionId,
      producer_product: own.products?.[0]?.id ?? "",
      shelf: shelves?.[0]?.id ?? "",
      order: orders?.[0]?.id ?? "",
      customer: customers?.[0]?.id ?? "",
    })
  }, SETUP_TIMEOUT_MS)
  afterAll(() => tearDown(stack))

  const realId = (param: string, route: string): string | undefined => {
    if (param === "line_id") return ids.line
    if (param === "handle") return ids.producer
    if (route.startsWith("/admin/orders")) return ids.order || undefined
    if (route.startsWith("/admin/customers")) return ids.customer || undefined
    if (route.startsWith("/admin/products")) return ids.product
    if (route.startsWith("/producer/products")) return ids.producer_product
    if (route.startsWith("/partner/shelves") || route.startsWith("/store/shelves")) return ids.shelf || undefined
    if (route.startsWith("/store/carts")) return ids.cart
    if (route.startsWith("/store/payment-collections")) return ids.payment_collection
    if (route.startsWith("/store/regions")) return ids.region
    if (route.startsWith("/store/products") || route.startsWith("/store/experiences")) return ids.product
    return undefined
  }

  it(`answers ${COUNT} generated bad requests (seed ${SEED}) without a 5xx`, async () => {
    const apiDir = path.resolve(__dirname, "../../src/api")
    const ours = routesFromSource(apiDir, ["store", "producer", "partner", "admin"])
    const routes = [...CORE_STORE_ROUTES, ...CORE_ADMIN_ROUTES, ...ours]
    // Every area is covered: the store, the producer portal, the partner API and the admin's.
    for (const area of ["/store/", "/producer/", "/partner/", "/admin/"]) expect(ours.some((r) => r.path.startsWith(area)), area).toBe(true)
    const requests = generateRequests(SEED, COUNT, routes, realId)
    expect(requests.length).toBeGreaterThanOrEqual(2_000)
    // The hostile probe's inputs of issue #21 are among them.
    for (const probe of ["%00", "%FF", "created_at[$gt]=notadate", "limit=-1"]) {
      expect(requests.some((r) => r.url.includes(probe)), probe).toBe(true)
    }
    const adminRequests = requests.filter((r) => r.url.startsWith("/admin/")).length
    expect(adminRequests).toBeGreaterThanOrEqual(400)

    const results: { route: string; url: string; body: string; status: number; ms: number }[] = []
    const failures: { request: FuzzRequest; reply: Reply }[] = []
    const statuses = new Map<number, number>()
    let next = 0
    const worker = async () => {
      while (next < requests.length) {
        const request = requests[next++]!
        const client = request.url.startsWith("/producer/")
          ? producer
          : request.url.startsWith("/partner/")
            ? partner
            : request.url.startsWith("/admin/")
              ? admin
              : store
        const reply = await client.send(request.method, request.url, request.body, 60_000)
        statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1)
        results.push({ route: request.route, url: request.url.slice(0, 300), body: String(request.body ?? "").slice(0, 300), status: reply.status, ms: reply.ms })
        // No stack trace or SQL in a refusal either.
        const message = typeof reply.data === "string" ? reply.data : reply.data?.message
        const slow = reply.ms > SLOW_MS
        if (slow || reply.status === 0 || reply.status >= 500 || (reply.status >= 400 && leaksInternals(message))) failures.push({ request, reply })
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker))

    // Every request with its answer's status and time, for a failure to be read and replayed.
    fs.mkdirSync(LOG_DIR, { recursive: true })
    fs.writeFileSync(path.join(LOG_DIR, "fuzz-results.json"), JSON.stringify(results, null, 1))
    const slowest = Math.max(...results.map((r) => r.ms))
    console.log(`[fuzz] ${requests.length} requests (${adminRequests} admin) over ${routes.length} routes (partner signed in: ${partnerSignedIn}); statuses ${JSON.stringify(Object.fromEntries(statuses))}; slowest ${slowest} ms`)
    const report = failures
      .slice(0, 15)
      .map(({ request, reply }) => `${request.method} ${request.url.slice(0, 200)} body=${String(request.body ?? "").slice(0, 200)} → ${reply.status} in ${reply.ms} ms ${JSON.stringify(reply.data).slice(0, 300)}`)
    expect(report, `${failures.length} requests failed; first ones:\n${report.join("\n")}`).toEqual([])

    // Still serving shoppers afterwards.
    expect((await store.get("/store/products?limit=1")).status).toBe(200)
  }, 420_000)
})
