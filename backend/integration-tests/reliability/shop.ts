// Shared by the reliability tests (not a test file): the store and admin APIs over plain HTTP, as
// the storefront and the admin use them, against a backend started by ./stack.ts.
import { withDb, type Stack } from "./stack"

export type Reply = { status: number; data: any; ms: number }

export class Http {
  constructor(private readonly base: string, private readonly headers: Record<string, string> = {}) {}

  with(headers: Record<string, string>) {
    return new Http(this.base, { ...this.headers, ...headers })
  }

  /** Never throws for an HTTP status; a refused or reset connection is status 0. */
  async send(method: string, path: string, body?: unknown, timeoutMs = 60_000): Promise<Reply> {
    const started = Date.now()
    try {
      const res = await fetch(this.base + path, {
        method,
        headers: { ...this.headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
        body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      })
      const text = await res.text()
      let data: any = text
      try {
        data = JSON.parse(text)
      } catch {}
      return { status: res.status, data, ms: Date.now() - started }
    } catch (error) {
      return { status: 0, data: { message: String((error as Error).message) }, ms: Date.now() - started }
    }
  }
  get(path: string) {
    return this.send("GET", path)
  }
  post(path: string, body: unknown = {}) {
    return this.send("POST", path, body)
  }
}

/** A request that must succeed: its body, or an error naming the route and the answer. */
export async function ok(reply: Promise<Reply>, what: string): Promise<any> {
  const r = await reply
  if (r.status < 200 || r.status >= 300) throw new Error(`${what}: HTTP ${r.status} ${JSON.stringify(r.data).slice(0, 500)}`)
  return r.data
}

export type Shop = {
  store: Http
  admin: Http
  regionId: string
  variantId: string
  productId: string
  inventoryItemId: string
  stockLocationId: string
  shippingAddress: Record<string, string>
  standardShipping: string
  /** Looked up with the first cart. */
  shippingOptionId?: string
}

// Shared with `npm run bench:load` (plain ESM under scripts/lib, typed by load-shop.d.mts).
const loadShop = () => import("../../../scripts/lib/load-shop.mjs")

/** The seeded shop, plus a new published product whose one variant has `stock` units (managed inventory). */
export async function setUpShop(stack: Stack, stock: number, title = "Trà hoa vàng (độ tin cậy)"): Promise<Shop> {
  const lib = await loadShop()
  const token = await lib.adminToken(stack.backendUrl)
  const product = await lib.createStockedProduct(stack.backendUrl, token, stack.databaseUrl, { stock, title })
  return {
    store: new Http(stack.backendUrl, { "x-publishable-api-key": stack.publishableKey }),
    admin: new Http(stack.backendUrl, { authorization: `Bearer ${token}` }),
    ...product,
    shippingAddress: lib.SHIPPING_ADDRESS,
    standardShipping: lib.STANDARD_SHIPPING,
  }
}

/** Cart with item and address → standard shipping → payment collection → COD session: ready to complete. */
export async function prepareCart(shop: Shop, quantity = 1) {
  const { store } = shop
  const { cart } = await ok(
    store.post("/store/carts", {
      region_id: shop.regionId,
      // One shopper each: two first carts of one new guest e-mail at once race in Medusa (400 "already exists").
      email: `khach-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.vn`,
      shipping_address: shop.shippingAddress,
      items: [{ variant_id: shop.variantId, quantity }],
    }),
    "create cart"
  )
  if (!shop.shippingOptionId) {
    const { shipping_options } = await ok(store.get(`/store/shipping-options?cart_id=${cart.id}`), "shipping options")
    shop.shippingOptionId = (shipping_options.find((o: { name: string }) => o.name === shop.standardShipping) ?? shipping_options[0]).id
  }
  await ok(store.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shop.shippingOptionId }), "shipping method")
  const { payment_collection } = await ok(store.post("/store/payment-collections", { cart_id: cart.id }), "payment collection")
  await ok(
    store.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_cod_cod" }),
    "payment session"
  )
  return { cartId: cart.id as string, paymentCollectionId: payment_collection.id as string }
}

/** `count` carts, a few prepared at a time. */
export async function prepareCarts(shop: Shop, count: number, parallel = 5) {
  const carts: Awaited<ReturnType<typeof prepareCart>>[] = []
  while (carts.length < count) {
    const batch = Math.min(parallel, count - carts.length)
    carts.push(...(await Promise.all(Array.from({ length: batch }, () => prepareCart(shop)))))
  }
  return carts
}

/** Completions queue on Medusa's locks (the cart's, the stock's): on a busy machine they take long. */
export function complete(shop: Shop, cartId: string, timeoutMs = 240_000) {
  return shop.store.send("POST", `/store/carts/${cartId}/complete`, {}, timeoutMs)
}

/** What the database holds for a cart: its orders (through the cart link) and its payments. */
export async function cartOutcome(stack: Stack, cartId: string, paymentCollectionId: string) {
  return withDb(stack.databaseUrl, async (c) => {
    const orders = await c.query("select order_id from order_cart where cart_id = $1 and deleted_at is null", [cartId])
    const payments = await c.query("select id from payment where payment_collection_id = $1 and deleted_at is null", [paymentCollectionId])
    return { orders: orders.rows.length, payments: payments.rows.length }
  })
}

export async function inventoryLevel(stack: Stack, shop: Shop) {
  return withDb(stack.databaseUrl, async (c) => {
    const { rows } = await c.query(
      "select stocked_quantity, reserved_quantity from inventory_level where inventory_item_id = $1 and location_id = $2 and deleted_at is null",
      [shop.inventoryItemId, shop.stockLocationId]
    )
    return { stocked: Number(rows[0].stocked_quantity), reserved: Number(rows[0].reserved_quantity) }
  })
}

/**
 * Completes a cart as the storefront does (storefront/src/lib/cart.ts): a 409 is Medusa's "the
 * request conflicted with another request, you may retry" (the inventory lock busy with other
 * buyers, or the cart's earlier completion still held by the workflow engine), so it is asked again
 * a few times; what counts is the shopper's final answer.
 */
export async function completeAsTheStorefront(shop: Shop, cartId: string, attempts = 5, waitMs = 600) {
  let reply = await complete(shop, cartId)
  for (let attempt = 0; (reply.status === 409 || reply.data?.type === "conflict") && attempt < attempts; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, waitMs))
    reply = await complete(shop, cartId)
  }
  return reply
}
