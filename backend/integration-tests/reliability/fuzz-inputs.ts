// Generated bad inputs for the API fuzz test (not a test file): a seeded, deterministic stream of
// query strings and JSON bodies — wrong types, huge strings, negative and absurd numbers, SQL and
// script injection, odd unicode, deep nesting, prototype keys, missing fields — for route
// templates found in src/api plus Medusa's core store routes. Same seed, same requests.
import fs from "node:fs"
import path from "node:path"

/** mulberry32: tiny, fast, good enough to pick cases; seeded so a failure can be replayed. */
export function rng(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!
  return { next, int, pick }
}
export type Rng = ReturnType<typeof rng>

const deep = (depth: number, leaf: unknown): unknown => (depth === 0 ? leaf : { a: deep(depth - 1, leaf) })
const deepArray = (depth: number): unknown => (depth === 0 ? [] : [deepArray(depth - 1)])

/** Values no route should accept as they are, yet none should answer with a 5xx. */
const BAD_SCALARS: readonly unknown[] = [
  "",
  " ",
  "null",
  "undefined",
  "NaN",
  "Infinity",
  "-1",
  "0",
  "1e309",
  "9".repeat(400),
  "0x1F",
  "1.5",
  "2026-02-30",
  "not-an-email@",
  "' OR '1'='1",
  "'; DROP TABLE product; --",
  "1; SELECT pg_sleep(5)",
  "\" OR \"\"=\"",
  "<script>alert(1)</script>",
  "{{7*7}}",
  "${7*7}",
  "../../../../etc/passwd",
  "%00",
  "\u0000",
  "\ud800",
  "\u202egnp.exe",
  "Trà hoa vàng 🍵",
  "ｔｒａ　ｈｏａ",
  "Z̷̢͎̓a̸l̵g̷o̶",
  "a".repeat(10_000),
  "ngọc ".repeat(3_000),
  -1,
  -999_999_999,
  0,
  1.5,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  true,
  false,
  null,
]

const BAD_COMPOUNDS = (r: Rng): unknown[] => [
  [],
  {},
  [r.pick(BAD_SCALARS)],
  { $gt: "" },
  { $ne: null },
  { __proto__: { admin: true } },
  JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}'),
  deep(60, "x"),
  deepArray(60),
  Array.from({ length: 2_000 }, (_, i) => i),
]

export function badValue(r: Rng): unknown {
  return r.next() < 0.75 ? r.pick(BAD_SCALARS) : r.pick(BAD_COMPOUNDS(r))
}

/** Field names routes read (store, cart, producer portal, search), and a few they do not know. */
const FIELDS = [
  "q", "limit", "offset", "order", "fields", "expand", "sort", "mode", "stars", "group", "sub_group", "commune",
  "price_min", "price_max", "lang", "locale", "handle", "id", "title", "subtitle", "description", "status",
  "region_id", "email", "currency_code", "sales_channel_id", "variant_id", "quantity", "option_id", "cart_id",
  "provider_id", "shipping_address", "billing_address", "country_code", "phone", "promo_codes", "metadata",
  "items", "variants", "prices", "amount", "stocked_quantity", "location_id", "carrier", "tracking_number",
  "month", "format", "year", "decision_number", "decision_date", "score", "legal_name", "display_name",
  "tax_code", "date", "party_size", "password", "first_name", "last_name", "$where", "__proto__", "constructor",
  "payment_status", "fulfillment_status", "customer_id", "created_at", "updated_at", "is_giftcard", "type", "with_deleted",
]

function badObject(r: Rng, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const n = 1 + r.int(5)
  for (let i = 0; i < n; i++) {
    const key = r.pick(FIELDS)
    out[key] = depth < 2 && r.next() < 0.15 ? badObject(r, depth + 1) : badValue(r)
  }
  return out
}

/** A JSON body, or raw text that is not the JSON it claims to be. */
export function badBody(r: Rng): unknown {
  const roll = r.next()
  if (roll < 0.06) return r.pick(['{"a":', "[1,2", "{'single': 'quotes'}", "\u0000", "null", "42", '"just a string"', "[]", "{}".repeat(5)])
  if (roll < 0.1) return JSON.stringify({ title: "x".repeat(2_000_000) }) // over the body size limit
  if (roll < 0.15) return JSON.stringify(deep(2_000, 1)) // far deeper than any input
  if (roll < 0.2) return JSON.stringify(r.pick(BAD_COMPOUNDS(r)))
  return JSON.stringify(badObject(r))
}

function encodeValue(v: unknown): string {
  try {
    return encodeURIComponent(typeof v === "string" ? v : JSON.stringify(v) ?? "undefined")
  } catch {
    return "%ED%A0%80" // a lone surrogate has no UTF-8: send the bytes a sloppy client would
  }
}

/** A query string (without "?"): bad values, bracketed and repeated keys, broken percent-encoding. */
export function badQuery(r: Rng): string {
  const parts: string[] = []
  const n = 1 + r.int(4)
  for (let i = 0; i < n; i++) {
    const key = r.pick(FIELDS)
    const roll = r.next()
    if (roll < 0.08) parts.push(r.pick(PROBE_QUERIES))
    else if (roll < 0.1) parts.push(`${key}[$gt]=${encodeValue(r.pick(BAD_SCALARS))}`)
    else if (roll < 0.18) parts.push(`${key}[]=1&${key}[]=${encodeValue(r.pick(BAD_SCALARS))}`)
    else if (roll < 0.24) parts.push(`${key}${"[a]".repeat(30)}=1`)
    else if (roll < 0.3) parts.push(`${key}=%E0%A4%A`)
    else if (roll < 0.34) parts.push(`${key}=${"%F0%9F%8D%B5".repeat(400)}`)
    else parts.push(`${key}=${encodeValue(badValue(r)).slice(0, 6_000)}`)
  }
  // Kept under Node's 16 KB header limit, so the request reaches the route (beyond it: 431).
  return parts.join("&").slice(0, 7_000)
}

/** Raw (not re-encoded) path segments of the hostile probe of issue #21: NUL bytes and malformed escapes. */
const RAW_IDS = ["%00", "prod_%00", "%FF", "%C0%AF", "%E0%A4%A", "%"]

/** A path segment in place of an id: wrong, hostile or absurd. */
export function badId(r: Rng): string {
  if (r.next() < 0.2) return r.pick(RAW_IDS)
  return encodeValue(r.pick(["0", "-1", "prod_nope", "' OR 1=1 --", "..%2F..", "a".repeat(3_000), "🍵", "null", "%", "__proto__", "\ud800"]))
}

/** Query parts the probe of issue #21 answered with 500: NUL, invalid dates, negative or fractional paging. */
const PROBE_QUERIES = [
  "q=%00", "id=prod_%00", "created_at[$gt]=notadate", "updated_at[$lt]=2026-02-30T99:99", "created_at=%00",
  "limit=-1", "offset=-1", "limit=1.5", "offset=0.5", "limit=99999999999", "limit=%FF",
]

export type RouteTemplate = { method: "GET" | "POST" | "DELETE"; path: string }

/** Routes of src/api under the given prefixes (e.g. "store", "producer", "partner"), with their methods. */
export function routesFromSource(apiDir: string, prefixes: string[]): RouteTemplate[] {
  const out: RouteTemplate[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name === "route.ts") {
        const source = fs.readFileSync(full, "utf8")
        const route = "/" + path.relative(apiDir, dir).split(path.sep).map((s) => s.replace(/^\[(.+)\]$/, ":$1")).join("/")
        for (const method of ["GET", "POST", "DELETE"] as const) {
          if (new RegExp(`export\\s+(const|async function|function)\\s+${method}\\b`).test(source)) out.push({ method, path: route })
        }
      }
    }
  }
  for (const prefix of prefixes) if (fs.existsSync(path.join(apiDir, prefix))) walk(path.join(apiDir, prefix))
  return out
}

/** Medusa's own store routes the storefront uses. */
export const CORE_STORE_ROUTES: RouteTemplate[] = [
  { method: "GET", path: "/store/products" },
  { method: "GET", path: "/store/products/:id" },
  { method: "GET", path: "/store/regions" },
  { method: "GET", path: "/store/regions/:id" },
  { method: "GET", path: "/store/collections" },
  { method: "GET", path: "/store/product-categories" },
  { method: "GET", path: "/store/shipping-options" },
  { method: "POST", path: "/store/search" },
  { method: "POST", path: "/store/carts" },
  { method: "GET", path: "/store/carts/:id" },
  { method: "POST", path: "/store/carts/:id" },
  { method: "POST", path: "/store/carts/:id/line-items" },
  { method: "POST", path: "/store/carts/:id/line-items/:line_id" },
  { method: "DELETE", path: "/store/carts/:id/line-items/:line_id" },
  { method: "POST", path: "/store/carts/:id/shipping-methods" },
  { method: "POST", path: "/store/carts/:id/promotions" },
  { method: "POST", path: "/store/carts/:id/complete" },
  { method: "POST", path: "/store/payment-collections" },
  { method: "POST", path: "/store/payment-collections/:id/payment-sessions" },
  { method: "POST", path: "/store/customers" },
  { method: "GET", path: "/store/customers/me" },
  { method: "GET", path: "/store/orders" },
  { method: "GET", path: "/store/orders/:id" },
  { method: "POST", path: "/auth/customer/emailpass" },
  { method: "POST", path: "/auth/producer/emailpass" },
]

/** Medusa's own admin routes the admin dashboard uses most (asked with the admin's token). */
export const CORE_ADMIN_ROUTES: RouteTemplate[] = [
  { method: "GET", path: "/admin/orders" },
  { method: "GET", path: "/admin/orders/:id" },
  { method: "POST", path: "/admin/orders/:id" },
  { method: "GET", path: "/admin/draft-orders" },
  { method: "GET", path: "/admin/returns" },
  { method: "GET", path: "/admin/products" },
  { method: "POST", path: "/admin/products" },
  { method: "GET", path: "/admin/products/:id" },
  { method: "POST", path: "/admin/products/:id" },
  { method: "GET", path: "/admin/products/:id/variants" },
  { method: "GET", path: "/admin/customers" },
  { method: "GET", path: "/admin/customers/:id" },
  { method: "GET", path: "/admin/regions" },
  { method: "POST", path: "/admin/regions" },
  { method: "GET", path: "/admin/shipping-options" },
  { method: "GET", path: "/admin/stock-locations" },
  { method: "GET", path: "/admin/inventory-items" },
  { method: "GET", path: "/admin/promotions" },
  { method: "POST", path: "/admin/promotions" },
  { method: "GET", path: "/admin/price-lists" },
  { method: "GET", path: "/admin/sales-channels" },
  { method: "GET", path: "/admin/collections" },
  { method: "GET", path: "/admin/product-categories" },
  { method: "GET", path: "/admin/payments" },
  { method: "GET", path: "/admin/users" },
  { method: "GET", path: "/admin/users/me" },
  { method: "GET", path: "/admin/invites" },
  { method: "GET", path: "/admin/notifications" },
  { method: "GET", path: "/admin/stores" },
  { method: "GET", path: "/admin/tax-regions" },
  { method: "POST", path: "/auth/user/emailpass" },
]

export type FuzzRequest = { method: string; url: string; body?: string; route: string }

/**
 * `count` requests over `routes`, round-robin so every route gets its share: a bad query on
 * GETs (and sometimes POSTs), a bad body on POSTs, and half the time a bad id in place of a real one.
 */
export function generateRequests(seed: number, count: number, routes: RouteTemplate[], realIds: (param: string, route: string) => string | undefined): FuzzRequest[] {
  const r = rng(seed)
  const out: FuzzRequest[] = []
  for (let i = 0; i < count; i++) {
    const route = routes[i % routes.length]!
    const url = route.path.replace(/:([a-z_]+)/g, (_, param: string) => {
      const real = realIds(param, route.path)
      return real && r.next() < 0.5 ? real : badId(r)
    })
    const withQuery = route.method === "GET" || r.next() < 0.2
    out.push({
      method: route.method,
      url: withQuery ? `${url}?${badQuery(r)}` : url,
      body: route.method === "POST" ? (badBody(r) as string) : undefined,
      route: `${route.method} ${route.path}`,
    })
  }
  return out
}
