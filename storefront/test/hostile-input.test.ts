// Issue #21 on the storefront's side: generated hostile requests (the backend suite's generator,
// backend/integration-tests/reliability/fuzz-inputs.ts) against every kind of page. None answers
// with a 5xx, takes over 5 s or shows a stack trace or SQL; a path that cannot be decoded is a 400.
import { describe, expect, inject, it } from "vitest"
import { badId, badQuery, rng } from "../../backend/integration-tests/reliability/fuzz-inputs"

const storefrontUrl = inject("storefrontUrl")
const SEED = 20261203
const COUNT = 300
const CONCURRENCY = 3
const MAX_MS = 5_000
const LEAK = /\bat \S+ \(?\/\S+\.(?:js|ts|mjs):\d+|node_modules\/|\bSELECT\b[\s\S]{0,200}\bFROM\b|syntax error at or near|violates .* constraint/i

const PAGES = [
  "/vi", "/en", "/vi/products/:p", "/en/products/:p", "/vi/search", "/vi/producers/:p", "/vi/cart", "/vi/checkout",
  "/vi/account", "/vi/account/orders/:p", "/vi/order/confirmed/:p", "/vi/producer", "/vi/producer/products/import",
  "/vi/partner", "/vi/shelves/:p", "/embed/shelves/:p", "/vi/certificates", "/vi/certificates/:p", "/robots.txt", "/sitemap.xml",
]

describe("hostile requests against the storefront's pages", () => {
  it("the probe's malformed paths are 400s, not 500s", async () => {
    for (const path of ["/vi/products/%FF", "/vi/producers/%C0%AF", "/en/search/%E0%A4%A", "/vi/products/tra%00"]) {
      const response = await fetch(`${storefrontUrl}${path}`, { redirect: "manual" })
      expect({ path, status: response.status }).toEqual({ path, status: 400 })
    }
  })

  it(`answers ${COUNT} generated hostile requests (seed ${SEED}) without a 5xx, a slow answer or a leak`, async () => {
    const r = rng(SEED)
    const requests = Array.from({ length: COUNT }, (_, i) => {
      const page = PAGES[i % PAGES.length]!
      const path = page.replace(":p", () => badId(r))
      return r.next() < 0.7 ? `${path}?${badQuery(r)}` : path
    })
    const failures: string[] = []
    const statuses = new Map<number, number>()
    let slowest = 0
    let next = 0
    const worker = async () => {
      while (next < requests.length) {
        const url = requests[next++]!
        const started = Date.now()
        let status = 0
        let body = ""
        try {
          const response = await fetch(`${storefrontUrl}${url}`, { redirect: "manual", signal: AbortSignal.timeout(30_000) })
          status = response.status
          body = await response.text()
        } catch (error) {
          body = String((error as Error).message)
        }
        const ms = Date.now() - started
        slowest = Math.max(slowest, ms)
        statuses.set(status, (statuses.get(status) ?? 0) + 1)
        if (status === 0 || status >= 500 || ms > MAX_MS || LEAK.test(body)) failures.push(`${url.slice(0, 160)} → ${status} in ${ms} ms ${body.match(LEAK)?.[0] ?? ""}`)
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker))
    console.log(`[storefront fuzz] ${COUNT} requests over ${PAGES.length} pages; statuses ${JSON.stringify(Object.fromEntries(statuses))}; slowest ${slowest} ms`)
    expect(failures.slice(0, 15), `${failures.length} requests failed`).toEqual([])
  }, 600_000)
})
