// Reliability 1: 30 shoppers complete their carts at once for a product with 10 in stock, on the
// built backend with Medusa's Redis modules (locking, workflow engine, event bus): exactly 10
// orders, the stock all reserved, and the other 20 told clearly that it is out of stock.
import { cartOutcome, completeAsTheStorefront, inventoryLevel, prepareCarts, setUpShop, type Shop } from "./shop"
import { createStack, SETUP_TIMEOUT_MS, tearDown, type Stack } from "./stack"

const STOCK = 10
const SHOPPERS = 30

describe("30 concurrent checkouts of 10 in stock", () => {
  let stack: Stack
  let shop: Shop

  beforeAll(async () => {
    stack = await createStack("oversell")
    await stack.start()
    shop = await setUpShop(stack, STOCK)
  }, SETUP_TIMEOUT_MS)
  afterAll(() => tearDown(stack))

  it("places exactly 10 orders and refuses the other 20 with an out-of-stock 4xx", async () => {
    // Every cart is ready (each added its item while 10 were still free), then all complete at once.
    let t = Date.now()
    const carts = await prepareCarts(shop, SHOPPERS)
    console.log(`[oversell] ${SHOPPERS} carts ready in ${Date.now() - t} ms`)
    t = Date.now()
    const replies = await Promise.all(carts.map((c) => completeAsTheStorefront(shop, c.cartId)))
    console.log(`[oversell] ${SHOPPERS} completions answered in ${Date.now() - t} ms (slowest ${Math.max(...replies.map((r) => r.ms))} ms)`)

    const placed = replies.filter((r) => r.status === 200 && r.data.type === "order")
    const refused = replies.filter((r) => !(r.status === 200 && r.data.type === "order"))
    const summary = replies.map((r) => `${r.status}:${r.data?.type ?? ""}:${String(r.data?.message ?? r.data?.error?.message ?? "").slice(0, 80)}`)
    expect(placed.length, summary.join("\n")).toBe(STOCK)
    expect(refused).toHaveLength(SHOPPERS - STOCK)
    for (const r of refused) {
      expect(r.status, JSON.stringify(r.data)).toBeGreaterThanOrEqual(400)
      expect(r.status, JSON.stringify(r.data)).toBeLessThan(500)
      expect(r.data.message).toMatch(/inventory|stock/i)
    }

    // The database agrees: 10 distinct orders, each cart at most one order and one payment.
    const outcomes = await Promise.all(carts.map((c) => cartOutcome(stack, c.cartId, c.paymentCollectionId)))
    expect(outcomes.reduce((n, o) => n + o.orders, 0)).toBe(STOCK)
    expect(new Set(placed.map((r) => r.data.order.id)).size).toBe(STOCK)
    for (const o of outcomes) {
      expect(o.orders).toBeLessThanOrEqual(1)
      expect(o.payments).toBe(o.orders)
    }
    // Medusa counts available stock as stocked − reserved: all 10 reserved for the orders.
    expect(await inventoryLevel(stack, shop)).toEqual({ stocked: STOCK, reserved: STOCK })

    // An eleventh shopper cannot even add it to a cart now.
    const late = await shop.store.post("/store/carts", { region_id: shop.regionId })
    const add = await shop.store.post(`/store/carts/${late.data.cart.id}/line-items`, { variant_id: shop.variantId, quantity: 1 })
    expect(add.status).toBe(400)
    expect(add.data.message).toMatch(/inventory|stock/i)
  }, 600_000)
})
