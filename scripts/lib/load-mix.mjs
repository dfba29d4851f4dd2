// The shopper mix of `npm run bench:load`: autocannon runs, one per kind of traffic, each with its
// share of the connections, all at once; latency is recorded per endpoint (autocannon itself only
// totals a run) by tagging every request with a label read back when its answer arrives.
import autocannon from "autocannon"
import { SHIPPING_ADDRESS } from "./load-shop.mjs"

/**
 * Share of the connections per kind of traffic (of 50: 15 browse, 8 page views, 10 search, 9 cart,
 * 8 checkout). Page views go to the storefront; without one (no `storefrontUrl`) they are left out.
 */
export const SHARES = { browse: 0.3, pages: 0.16, search: 0.2, cart: 0.18, checkout: 0.16 }
/** Kinds of traffic that go to the storefront rather than the backend. */
const STOREFRONT_KINDS = new Set(["pages"])
/** A file of the storefront's public/ folder: the floor of what its server can answer. */
export const STATIC_FILE = "/embed.js"

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
      // Medusa's cheapest store route: the baseline of every store read (ratioOf).
      { label: "GET /store/regions", method: "GET", path: "/store/regions" },
    ],
    // What a shopper's browser asks the storefront: catalog pages, and a static file as the baseline.
    pages: [
      { label: "page /vi", method: "GET", path: "/vi" },
      {
        label: "page /vi/products/:handle",
        method: "GET",
        setupRequest: (request) => ({ ...request, path: `/vi/products/${pick(shop.productHandles)}` }),
      },
      {
        label: "page /vi/search",
        method: "GET",
        setupRequest: (request) => ({ ...request, path: `/vi/search?q=${encodeURIComponent(pick(SEARCH_QUERIES))}` }),
      },
      { label: `static ${STATIC_FILE}`, method: "GET", path: STATIC_FILE },
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

/**
 * Every page and store read the mix can ask for, once each, four at a time, before the measured
 * run: a shop that has been open a while has visited its product pages, so a page's first render
 * (about 1 in 8 of the product page views of a 60 s run over 40 products) is not what is measured.
 */
export async function warmUp({ url, storefrontUrl = null, publishableKey, shop }) {
  const store = { "x-publishable-api-key": publishableKey }
  const targets = [
    ...shop.productIds.map((id) => [`${url}/store/products/${id}`, store]),
    ...SEARCH_QUERIES.map((q) => [`${url}/store/search?limit=12&q=${encodeURIComponent(q)}`, store]),
    ...(storefrontUrl
      ? [
          [`${storefrontUrl}/vi`, {}],
          ...shop.productHandles.map((handle) => [`${storefrontUrl}/vi/products/${handle}`, {}]),
          ...SEARCH_QUERIES.map((q) => [`${storefrontUrl}/vi/search?q=${encodeURIComponent(q)}`, {}]),
        ]
      : []),
  ]
  let next = 0
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < targets.length) {
        const [target, headers] = targets[next++]
        const response = await fetch(target, { headers })
        await response.arrayBuffer()
        if (!response.ok) throw new Error(`warm-up: ${target} answered HTTP ${response.status}`)
      }
    })
  )
  return targets.length
}

/** Runs every kind of traffic at once against `url` for `duration` seconds over `connections`. */
export async function runMix({ url, storefrontUrl = null, publishableKey, shop, connections, duration, recorder }) {
  const all = flows(shop, recorder)
  const kinds = Object.entries(SHARES).filter(([kind]) => storefrontUrl || !STOREFRONT_KINDS.has(kind))
  const runs = kinds.map(([kind, share]) => {
    const requests = all[kind].map((r) => ({ ...r, headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey } }))
    const instance = autocannon({
      url: STOREFRONT_KINDS.has(kind) ? storefrontUrl : url,
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
  if (label.startsWith("page ")) return null
  if (label === "POST /store/carts" || label === "POST /store/carts/:id/line-items") return 400
  if (label === "POST /store/carts/:id/complete") return 1000
  return null
}

const STORE_READS = new Set(["GET /store/products", "GET /store/products/:id", "GET /store/producers", "GET /store/search"])

/**
 * Issue #16's targets as ratios measured in the same run, so the machine's speed cancels out:
 * page views ≤ 3× a static file of the storefront, store reads ≤ 2× GET /store/regions,
 * add-to-cart ≤ 5×, cart completion ≤ 10×. Null for an endpoint without one.
 */
export function ratioTargetOf(label) {
  if (label.startsWith("page ")) return { baseline: `static ${STATIC_FILE}`, max: 3 }
  if (STORE_READS.has(label)) return { baseline: "GET /store/regions", max: 2 }
  if (label === "POST /store/carts" || label === "POST /store/carts/:id/line-items") return { baseline: "GET /store/regions", max: 5 }
  if (label === "POST /store/carts/:id/complete") return { baseline: "GET /store/regions", max: 10 }
  return null
}

function p95Of(recorder, label) {
  const e = recorder.byLabel.get(label)
  return e ? percentile([...e.latencies].sort((a, b) => a - b), 95) : NaN
}

/** "×2.31 (≤ 2: missed)", or "–" without a target or a baseline measured. */
function ratioCell(recorder, label, p95) {
  const target = ratioTargetOf(label)
  if (!target) return "–"
  const ratio = p95 / p95Of(recorder, target.baseline)
  if (!Number.isFinite(ratio)) return `– (no ${target.baseline})`
  return `×${ratio.toFixed(2)} of ${target.baseline} (≤ ${target.max}: ${ratio <= target.max ? "met" : "missed"})`
}

export function table(recorder, seconds) {
  const lines = [
    "| endpoint | requests | req/s | p50 ms | p95 ms | p99 ms | errors | p95 target | p95 ratio (target) |",
    "|---|---:|---:|---:|---:|---:|---:|---|---|",
  ]
  for (const [label, e] of [...recorder.byLabel.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...e.latencies].sort((a, b) => a - b)
    const count = Math.max(sorted.length, e.errors)
    const rate = count ? ((100 * e.errors) / count).toFixed(2) : "0.00"
    const statuses = e.statuses.size ? ` (${[...e.statuses].map(([s, n]) => `${s}×${n}`).join(", ")})` : ""
    const target = targetOf(label)
    const p95 = percentile(sorted, 95)
    const verdict = target === null ? "–" : `≤ ${target}: ${p95 <= target ? "met" : "missed"}`
    lines.push(
      `| ${label} | ${sorted.length} | ${(sorted.length / seconds).toFixed(1)} | ${fmt(percentile(sorted, 50))} | ${fmt(p95)} | ${fmt(percentile(sorted, 99))} | ${rate}%${statuses} | ${verdict} | ${ratioCell(recorder, label, p95)} |`
    )
  }
  return lines.join("\n")
}

const fmt = (v) => (Number.isFinite(v) ? String(Math.round(v)) : "–")
