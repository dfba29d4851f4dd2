// The shopper mix of `npm run bench:load`: autocannon runs, one per kind of traffic, each with its
// share of the connections, all at once; latency is recorded per endpoint (autocannon itself only
// totals a run) by tagging every request with a label read back when its answer arrives.
import autocannon from "autocannon"
import { SHIPPING_ADDRESS } from "./load-shop.mjs"

/** Share of the connections per kind of traffic (of 50: 20 browse, 12 search, 10 cart, 8 checkout). */
export const SHARES = { browse: 0.4, search: 0.24, cart: 0.2, checkout: 0.16 }

export const SEARCH_QUERIES = ["trà hoa vàng", "tra hoa vang", "nước mắm", "nuoc mam", "ngoc trai", "mật ong", "pearl", "fish sauce", "gom dong trieu", "ruou ba kich"]

const json = (body) => JSON.stringify(body)
const pick = (items) => items[Math.floor(Math.random() * items.length)]
/** A step that needs what an earlier step returned: when it is missing, the flow starts over. */
const needs = (key, build) => (request, context) => (context[key] ? build(request, context) : null)
const keep = (key, read) => (status, body, context) => {
  if (status >= 200 && status < 300) {
    try {
      context[key] = read(JSON.parse(body))
    } catch {}
  }
}

/**
 * The request sequences per kind of traffic. `shop` holds what the flows need: product ids, the
 * region, the benchmark variant (stock enough for every checkout), the standard shipping option.
 */
export function flows(shop, recorder) {
  const cartStart = {
    label: "POST /store/carts",
    method: "POST",
    path: "/store/carts",
    setupRequest: (request) => ({ ...request, body: json({ region_id: shop.regionId, email: `bench-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.vn` }) }),
    onResponse: keep("cartId", (b) => b.cart.id),
  }
  const addItem = {
    label: "POST /store/carts/:id/line-items",
    method: "POST",
    setupRequest: needs("cartId", (request, c) => ({
      ...request,
      path: `/store/carts/${c.cartId}/line-items`,
      body: json({ variant_id: shop.variantId, quantity: 1 }),
    })),
  }
  return {
    browse: [
      { label: "GET /store/products", method: "GET", path: "/store/products?limit=12" },
      {
        label: "GET /store/products/:id",
        method: "GET",
        setupRequest: (request) => ({ ...request, path: `/store/products/${pick(shop.productIds)}` }),
      },
      { label: "GET /store/producers", method: "GET", path: "/store/producers" },
    ],
    search: [
      {
        label: "GET /store/search",
        method: "GET",
        setupRequest: (request) => ({ ...request, path: `/store/search?limit=12&q=${encodeURIComponent(pick(SEARCH_QUERIES))}` }),
      },
    ],
    cart: [cartStart, addItem],
    checkout: [
      cartStart,
      addItem,
      {
        label: "POST /store/carts/:id (address)",
        method: "POST",
        setupRequest: needs("cartId", (request, c) => ({ ...request, path: `/store/carts/${c.cartId}`, body: json({ shipping_address: SHIPPING_ADDRESS }) })),
      },
      {
        label: "POST /store/carts/:id/shipping-methods",
        method: "POST",
        setupRequest: needs("cartId", (request, c) => ({
          ...request,
          path: `/store/carts/${c.cartId}/shipping-methods`,
          body: json({ option_id: shop.shippingOptionId }),
        })),
      },
      {
        label: "POST /store/payment-collections",
        method: "POST",
        setupRequest: needs("cartId", (request, c) => ({ ...request, path: "/store/payment-collections", body: json({ cart_id: c.cartId }) })),
        onResponse: keep("collectionId", (b) => b.payment_collection.id),
      },
      {
        label: "POST /store/payment-collections/:id/payment-sessions",
        method: "POST",
        setupRequest: needs("collectionId", (request, c) => ({
          ...request,
          path: `/store/payment-collections/${c.collectionId}/payment-sessions`,
          body: json({ provider_id: "pp_cod_cod" }),
        })),
      },
      {
        label: "POST /store/carts/:id/complete",
        method: "POST",
        setupRequest: needs("cartId", (request, c) => ({ ...request, path: `/store/carts/${c.cartId}/complete`, body: "{}" })),
        // Completion answers 200 with type "cart" when it did not place the order: an error too.
        onResponse: (status, body) => {
          if (status === 200 && !body.includes('"type":"order"')) recorder.notPlaced("POST /store/carts/:id/complete")
        },
      },
    ],
  }
}

/** Per-label latencies and failures. */
export class Recorder {
  constructor() {
    this.byLabel = new Map()
  }
  entry(label) {
    let e = this.byLabel.get(label)
    if (!e) this.byLabel.set(label, (e = { latencies: [], errors: 0, statuses: new Map() }))
    return e
  }
  record(label, status, ms) {
    const e = this.entry(label)
    e.latencies.push(ms)
    if (status < 200 || status >= 300) {
      e.errors++
      e.statuses.set(status, (e.statuses.get(status) ?? 0) + 1)
    }
  }
  notPlaced(label) {
    this.error(label, "200 without order")
  }
  error(label, kind) {
    const e = this.entry(label)
    e.errors++
    e.statuses.set(kind, (e.statuses.get(kind) ?? 0) + 1)
  }
}

/** Runs every kind of traffic at once against `url` for `duration` seconds over `connections`. */
export async function runMix({ url, publishableKey, shop, connections, duration, recorder }) {
  const all = flows(shop, recorder)
  const runs = Object.entries(SHARES).map(([kind, share]) => {
    const requests = all[kind].map((r) => ({ ...r, headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey } }))
    const instance = autocannon({
      url,
      connections: Math.max(1, Math.round(connections * share)),
      duration,
      timeout: 30,
      requests,
    })
    // The request a client is on when its answer arrives is the one answered (no pipelining).
    const labelOf = (client) => client.requestIterator.currentRequest?.label ?? "?"
    instance.on("response", (client, status, _bytes, ms) => recorder.record(labelOf(client), status, ms))
    instance.on("reqError", (error) => recorder.error(`${kind} (no answer)`, error?.code ?? "error"))
    return new Promise((resolve, reject) => instance.on("done", resolve).on("error", reject))
  })
  return Promise.all(runs)
}

function percentile(sorted, p) {
  if (!sorted.length) return NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

/** Targets per endpoint (p95, ms): catalog and search 150, add-to-cart 400, completion 1,000. */
export function targetOf(label) {
  if (label.startsWith("GET ")) return 150
  if (label === "POST /store/carts" || label === "POST /store/carts/:id/line-items") return 400
  if (label === "POST /store/carts/:id/complete") return 1000
  return null
}

export function table(recorder, seconds) {
  const lines = ["| endpoint | requests | req/s | p50 ms | p95 ms | p99 ms | errors | p95 target |", "|---|---:|---:|---:|---:|---:|---:|---|"]
  for (const [label, e] of [...recorder.byLabel.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...e.latencies].sort((a, b) => a - b)
    const count = Math.max(sorted.length, e.errors)
    const rate = count ? ((100 * e.errors) / count).toFixed(2) : "0.00"
    const statuses = e.statuses.size ? ` (${[...e.statuses].map(([s, n]) => `${s}×${n}`).join(", ")})` : ""
    const target = targetOf(label)
    const p95 = percentile(sorted, 95)
    const verdict = target === null ? "–" : `≤ ${target}: ${p95 <= target ? "met" : "missed"}`
    lines.push(
      `| ${label} | ${sorted.length} | ${(sorted.length / seconds).toFixed(1)} | ${fmt(percentile(sorted, 50))} | ${fmt(p95)} | ${fmt(percentile(sorted, 99))} | ${rate}%${statuses} | ${verdict} |`
    )
  }
  return lines.join("\n")
}

const fmt = (v) => (Number.isFinite(v) ? String(Math.round(v)) : "–")
