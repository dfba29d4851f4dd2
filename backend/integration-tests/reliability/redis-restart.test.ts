// Reliability 3: Redis (event bus, workflow engine, locking, cache) restarts while the backend
// takes product updates and orders. Requests recover once Redis is back, and nothing is lost:
// the search index (fed by events through Redis) shows every product as the database has it, and
// every cart that was ready ends with exactly one order.
//
// The Redis is the test's own redis-server (./stack.ts): appendonly, as a production Redis with
// persistence runs; stopped cleanly (SIGTERM) and started again on the same files.
import { complete, completeAsTheStorefront, ok, prepareCart, setUpShop, type Reply, type Shop } from "./shop"
import { createStack, SETUP_TIMEOUT_MS, tearDown, sleep, withDb, type Stack } from "./stack"

const DOWN_AT_MS = 8_000
const DOWN_FOR_MS = 5_000
const LOAD_FOR_MS = 35_000
/** After Redis is back, this long for connections to recover before every request must succeed. */
const RECOVERY_MS = 8_000
const FRESH_WITHIN_MS = 15_000

type Logged = { at: number; reply: Reply; what: string }

describe("Redis restarted under load", () => {
  let stack: Stack
  let shop: Shop

  beforeAll(async () => {
    stack = await createStack("redis")
    await stack.start()
    shop = await setUpShop(stack, 1_000)
  }, SETUP_TIMEOUT_MS)
  afterAll(() => tearDown(stack))

  it("recovers, and the search index and the orders agree with the database", async () => {
    const search = async () => (await ok(shop.store.get("/store/search?limit=100"), "search")) as { hits: { id: string; handle: string; title: string }[]; count: number }
    const before = await search()
    expect(before.count).toBeGreaterThan(6)
    const targets = before.hits.slice(0, 6)

    const t0 = Date.now()
    const log: Logged[] = []
    const record = async (what: string, reply: Promise<Reply>) => {
      const at = Date.now() - t0
      const r = await reply
      log.push({ at, reply: r, what })
      return r
    }
    const until = (ms: number) => Date.now() - t0 < ms

    // Product updates, one after another, round-robin over the targets: each changes the title.
    const updater = async () => {
      for (let n = 1; until(LOAD_FOR_MS); n++) {
        const p = targets[n % targets.length]!
        await record("update", shop.admin.post(`/admin/products/${p.id}`, { title: `${p.title} · bản ${n}` }))
        await sleep(150)
      }
    }
    // Shoppers: a checkout each, from an empty cart to the order.
    const carts: { cartId: string; paymentCollectionId: string; first: Reply }[] = []
    const shopper = async () => {
      while (until(LOAD_FOR_MS)) {
        const at = Date.now() - t0
        try {
          const cart = await prepareCart(shop)
          carts.push({ ...cart, first: await record("complete", complete(shop, cart.cartId)) })
        } catch (error) {
          // A cart step failed while Redis was away: the shopper would retry; count it as a request.
          log.push({ at, reply: { status: 0, data: { message: String(error) }, ms: 0 }, what: "prepare" })
          await sleep(500)
        }
      }
    }
    const outage = async () => {
      await sleep(DOWN_AT_MS)
      await stack.redis.stop()
      await sleep(DOWN_FOR_MS)
      await stack.redis.start()
    }
    await Promise.all([updater(), shopper(), shopper(), outage()])

    const recoveredAt = DOWN_AT_MS + DOWN_FOR_MS + RECOVERY_MS
    const failed = (l: Logged) => !(l.reply.status >= 200 && l.reply.status < 300 && (l.what !== "complete" || l.reply.data.type === "order"))
    const describe = (l: Logged) => `${l.what}@${l.at}ms→${l.reply.status} ${JSON.stringify(l.reply.data).slice(0, 160)}`
    console.log(
      `[redis] ${log.length} requests, ${log.filter(failed).length} failed (${log.filter(failed).map((l) => `${l.what}@${l.at}`).join(", ")}); ${carts.length} checkouts`
    )
    // Before the outage and after recovery, everything succeeds; and both windows saw work.
    const beforeOutage = log.filter((l) => l.at < DOWN_AT_MS)
    const afterRecovery = log.filter((l) => l.at > recoveredAt)
    expect(beforeOutage.filter(failed).map(describe)).toEqual([])
    expect(afterRecovery.filter(failed).map(describe)).toEqual([])
    expect(afterRecovery.filter((l) => l.what === "update").length).toBeGreaterThan(0)
    expect(afterRecovery.filter((l) => l.what === "complete").length).toBeGreaterThan(0)
    // Even during the outage, no request was answered with a stack trace or a hang past 60 s.
    for (const l of log) expect(l.reply.ms).toBeLessThan(60_000)

    // Orders: a shopper whose completion failed retries as the storefront does (a completion cut by
    // the outage can keep its cart "in conflict" for a moment); then every ready cart has exactly one order.
    for (const cart of carts) {
      if (cart.first.status === 200 && cart.first.data.type === "order") continue
      const again = await completeAsTheStorefront(shop, cart.cartId, 10, 1000)
      expect(again.data.type, JSON.stringify(again.data).slice(0, 300)).toBe("order")
    }
    const orderCounts = await withDb(stack.databaseUrl, async (c) => {
      const { rows } = await c.query(
        "select cart_id, count(*)::int as n from order_cart where cart_id = any($1) and deleted_at is null group by cart_id",
        [carts.map((c) => c.cartId)]
      )
      return rows as { cart_id: string; n: number }[]
    })
    expect(orderCounts).toHaveLength(carts.length)
    expect(orderCounts.every((r) => r.n === 1)).toBe(true)
    const ordersOfProduct = await withDb(stack.databaseUrl, async (c) => {
      const { rows } = await c.query(
        "select count(distinct o.id)::int as n from \"order\" o join order_item oi on oi.order_id = o.id join order_line_item li on li.id = oi.item_id where li.variant_id = $1 and o.deleted_at is null",
        [shop.variantId]
      )
      return rows[0].n as number
    })
    expect(ordersOfProduct).toBe(carts.length)

    // Search: every updated product is found under the title the database holds, and the index
    // holds as many products as before (no update lost its event, none dropped a document).
    const titles = await withDb(stack.databaseUrl, async (c) => {
      const { rows } = await c.query("select id, title from product where id = any($1)", [targets.map((t) => t.id)])
      return new Map(rows.map((r) => [r.id as string, r.title as string]))
    })
    const deadline = Date.now() + FRESH_WITHIN_MS
    let after = await search()
    const stale = () => targets.filter((t) => after.hits.find((h) => h.id === t.id)?.title !== titles.get(t.id))
    while (stale().length > 0 && Date.now() < deadline) {
      await sleep(500)
      after = await search()
    }
    expect(stale().map((t) => `${t.handle}: index "${after.hits.find((h) => h.id === t.id)?.title}" vs database "${titles.get(t.id)}"`)).toEqual([])
    expect(after.count).toBe(before.count)
  }, 180_000)
})
