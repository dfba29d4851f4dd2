// Issue #16: catalog pages are kept whole in the page cache. A page rendered while the backend cannot
// be reached carries its notice for a second only (src/lib/backend.ts keepPageBriefly), so the shop
// comes back by itself when the backend does, instead of showing the outage until the next change.
// A storefront that nobody revalidates (no REVALIDATE_SECRET) keeps its pages a second at most.
import http from "node:http"
import net from "node:net"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { stopProcess } from "../../scripts/lib/processes.mjs"
import { startStorefront } from "../../scripts/lib/stack.mjs"

const backendUrl = inject("backendUrl")
const publishableKey = inject("publishableKey")

/** A port nobody listens on yet. */
async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, "127.0.0.1")
  await new Promise((resolve) => server.once("listening", resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

// A door between the storefront and the test backend: shut, it answers 503; open, it forwards.
let open = false
const door = http.createServer((request, response) => {
  if (!open) {
    response.writeHead(503, { "content-type": "text/plain" }).end("down for the test")
    return
  }
  const target = new URL(request.url ?? "/", backendUrl)
  const upstream = http.request(target, { method: request.method, headers: { ...request.headers, host: target.host } }, (answer) => {
    response.writeHead(answer.statusCode ?? 502, answer.headers)
    answer.pipe(response)
  })
  upstream.on("error", () => response.writeHead(502).end())
  request.pipe(upstream)
})

const storefronts: Awaited<ReturnType<typeof startStorefront>>[] = []
let storefrontUrl = ""
let uncachedUrl = ""

/** A storefront of its own on the door, with `secret` as its REVALIDATE_SECRET (none: the cache is off). */
async function ownStorefront(secret: string | undefined): Promise<string> {
  const doorUrl = `http://127.0.0.1:${(door.address() as net.AddressInfo).port}`
  const port = await freePort()
  const env = { ...process.env, REVALIDATE_SECRET: secret, HOST: "127.0.0.1" }
  storefronts.push(await startStorefront(env, port, { backendUrl: doorUrl, publishableKey }, { quiet: true }))
  return `http://localhost:${port}`
}

beforeAll(async () => {
  door.listen(0, "127.0.0.1")
  await new Promise((resolve) => door.once("listening", resolve))
  // The catalog cache on, with a secret of its own: no backend revalidates it.
  storefrontUrl = await ownStorefront("page-cache-outage-test-secret-0123456789")
  uncachedUrl = await ownStorefront(undefined)
}, 180_000)

afterAll(async () => {
  for (const storefront of storefronts) await stopProcess(storefront)
  door.close()
})

describe("a catalog page rendered during an outage", () => {
  it("keeps its notice for about a second; with the backend back the shop shows again within 3 s, then comes from the cache", async () => {
    const home = `${storefrontUrl}/vi`
    const during = await fetch(home)
    expect(during.status).toBe(200)
    expect(await during.text()).toContain('class="notice notice--warning"')
    expect(during.headers.get("cache-control")).toMatch(/s-maxage=1\b/)

    open = true
    const since = Date.now()
    let html = ""
    while (!html.includes('class="product-card"')) {
      if (Date.now() - since > 10_000) throw new Error("the home page still shows the outage 10 s after the backend came back")
      await new Promise((resolve) => setTimeout(resolve, 200))
      html = await (await fetch(home)).text()
    }
    const elapsed = Date.now() - since
    console.info(`shop shown again ${elapsed} ms after the backend came back`)
    expect(elapsed).toBeLessThan(3_000)
    expect(html).not.toContain('class="notice notice--warning"')

    // Healthy again, the page is kept: within seconds its answers come from the cache with the
    // normal lifetime. (A render that overlapped the outage may itself have been kept a second:
    // seen once in a full run, 2026-12-04; the next one after it must not be.)
    const keptSince = Date.now()
    for (;;) {
      const kept = await fetch(home)
      const state = `${kept.headers.get("x-nextjs-cache")} ${kept.headers.get("cache-control")}`
      if (kept.headers.get("x-nextjs-cache") === "HIT" && !/s-maxage=1\b/.test(state)) break
      if (Date.now() - keptSince > 5_000) throw new Error(`5 s after the backend came back the home page is still not kept: ${state}`)
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    expect((await fetch(home)).headers.get("x-nextjs-cache")).toBe("HIT")
  })
})

describe("a storefront without REVALIDATE_SECRET", () => {
  it("answers the home and product pages, kept a second at most (rebuilt on the next view after it)", async () => {
    open = true
    for (const path of ["/vi", "/en", "/vi/products/tra-hoa-vang-ba-che"]) {
      // The home page rendered while the storefront started (the door shut) may be given once more.
      const since = Date.now()
      for (;;) {
        const answer = await fetch(`${uncachedUrl}${path}`)
        expect(answer.status, path).toBe(200)
        expect(answer.headers.get("cache-control"), path).toMatch(/s-maxage=1\b/)
        if (!(await answer.text()).includes('class="notice notice--warning"')) break
        expect(Date.now() - since, `${path} still shows the outage`).toBeLessThan(3_000)
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    }
  })
})
