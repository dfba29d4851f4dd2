// Reliability 2: the backend dies (SIGKILL: no shutdown hooks, nothing flushed) in the middle of
// cart completions, comes back on the same database and Redis, and the storefront retries each
// completion: every cart ends with exactly one order and one payment, never two, and the stock
// reserved matches the orders.
//
// Deterministic enough: several carts start completing at staggered times before one kill, so
// each is cut at a different point of the workflow (just sent, validating, authorizing the
// payment, creating the order, finishing); those the kill did not cut are asserted the same way.
import { cartOutcome, complete, inventoryLevel, prepareCart, prepareCarts, setUpShop, type Reply, type Shop } from "./shop"
import { createStack, SETUP_TIMEOUT_MS, tearDown, sleep, withDb, type Stack } from "./stack"

/** How long before the kill each cart's completion starts (ms). */
const HEAD_STARTS = [5, 40, 100, 200, 350, 550, 800, 1200]
/** A retry waits out a lock the dead process held (Medusa's completion lock lives 2 minutes). */
const RETRY_FOR_MS = 150_000
/** How long resumed completions get to finish before the orders are counted. */
const SETTLE_MS = 60_000

describe("SIGKILL in the middle of cart completion", () => {
  let stack: Stack
  let shop: Shop

  beforeAll(async () => {
    stack = await createStack("sigkill")
    await stack.start()
    shop = await setUpShop(stack, 100)
  }, SETUP_TIMEOUT_MS)
  afterAll(() => tearDown(stack))

  it("after a restart, retrying each completion gives one order and one payment per cart", async () => {
    const carts = await prepareCarts(shop, HEAD_STARTS.length)

    // Warm the route so the first completion's timing is not a cold start.
    const warm = await prepareCart(shop)
    expect((await complete(shop, warm.cartId)).data.type).toBe("order")

    const longest = Math.max(...HEAD_STARTS)
    const started = Date.now()
    const firstTries: Promise<Reply>[] = HEAD_STARTS.map(async (head, i) => {
      await sleep(longest - head)
      return complete(shop, carts[i]!.cartId)
    })
    await sleep(longest - (Date.now() - started))
    await stack.kill()
    const first = await Promise.all(firstTries)
    // The kill must have cut some completions (no answer: the connection dropped).
    const cut = first.filter((r) => r.status === 0).length
    console.log(`[sigkill] first tries: ${first.map((r, i) => `${HEAD_STARTS[i]}ms→${r.status || "cut"}`).join(", ")}`)
    expect(cut).toBeGreaterThan(0)
    for (const r of first) expect(r.status === 0 || r.status < 500, JSON.stringify(r.data)).toBe(true)

    await stack.start()

    // The storefront's retry: complete again until the cart is an order (a 409/4xx while the dead
    // process's lock lives on is a retryable answer; a 5xx is not acceptable).
    const deadline = Date.now() + RETRY_FOR_MS
    const finals = await Promise.all(
      carts.map(async (cart, i) => {
        if (first[i]!.data?.type === "order") return first[i]!
        for (;;) {
          const r = await complete(shop, cart.cartId)
          if (r.status === 200 && r.data.type === "order") return r
          expect(r.status, JSON.stringify(r.data)).toBeLessThan(500)
          if (Date.now() > deadline) throw new Error(`cart ${i} never completed: ${r.status} ${JSON.stringify(r.data).slice(0, 300)}`)
          await sleep(2000)
        }
      })
    )
    expect(finals.every((r) => r.data.type === "order")).toBe(true)

    // Wait until no completion is still running or compensating, so that what a late run creates or
    // undoes is counted (a retry that fails after creating its order reverts it: soft-deleted link).
    const settleBy = Date.now() + SETTLE_MS
    const running = () =>
      withDb(stack.databaseUrl, async (c) => {
        const { rows } = await c.query(
          "select count(*)::int as n from workflow_execution where workflow_id = 'complete-cart' and state in ('invoking', 'compensating', 'waiting_to_compensate') and deleted_at is null"
        )
        return rows[0].n as number
      })
    while ((await running()) > 0 && Date.now() < settleBy) await sleep(2000)
    await sleep(5000)

    for (const [i, cart] of carts.entries()) {
      expect(await cartOutcome(stack, cart.cartId, cart.paymentCollectionId), `cart started ${HEAD_STARTS[i]} ms before the kill`).toEqual({
        orders: 1,
        payments: 1,
      })
      // A retry after an order exists hands back that same order.
      const again = await complete(shop, cart.cartId)
      expect(again.data.order?.id).toBe(finals[i]!.data.order.id)
    }
    // One unit per order (the warm-up's too): nothing reserved twice by an attempt the kill cut.
    expect((await inventoryLevel(stack, shop)).reserved).toBe(carts.length + 1)
  }, 600_000)
})
