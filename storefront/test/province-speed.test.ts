import { communesOf } from "@ocop/vn-places"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser } from "playwright-core"
import { launchBrowser, VIEWPORTS } from "./browser"
import { addToCart, openCheckoutRecordingPlaces, searchAndOpenFirstProduct } from "./journey"

// Issue #13: choosing a province shows its communes in under 100 ms on a phone profile: Chromium
// at 390 px with its CPU slowed 4× (CDP Emulation.setCPUThrottlingRate). Measured in the page,
// from the province's change event to its communes being options of the commune select (the
// communes come from /api/places/{code} when the province is chosen). The machine running the
// tests is shared, so the median of several provinces is what must stay under the limit.

const storefrontUrl = inject("storefrontUrl")
const LIMIT_MS = 100
const CPU_SLOWDOWN = 4
// Large and small provinces, none of them the page's default (Quảng Ninh).
const PROVINCES = ["01", "79", "48", "31", "92", "04", "66"]

describe("choosing a province on a phone", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it(`shows the province's communes in under ${LIMIT_MS} ms (median, CPU ${CPU_SLOWDOWN}× slower, 390 px), loading only that province`, async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, isMobile: true, hasTouch: true })
    const page = await context.newPage()
    await searchAndOpenFirstProduct(page, storefrontUrl, "vi", "tra hoa vang", "province-speed")
    await addToCart(page)
    const placeRequests = await openCheckoutRecordingPlaces(page, storefrontUrl, "vi")

    // Diagnostics only: when the page has the parsed JSON of a province (between the response and the render).
    await page.evaluate(() => {
      const json = Response.prototype.json
      const parsed: Record<string, number> = ((window as unknown as { placesParsed: Record<string, number> }).placesParsed = {})
      Response.prototype.json = async function (this: Response) {
        const value = await json.call(this)
        if (this.url.includes("/api/places/")) parsed[this.url.split("/").pop()!] = performance.now()
        return value
      }
    })
    const cdp = await context.newCDPSession(page)
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN })
    const times: number[] = []
    const details: string[] = []
    for (const code of PROVINCES) {
      const communes = communesOf(code)
      const last = communes[communes.length - 1]!.code
      // In the page: change the province, then watch the commune select until the province's
      // last commune is an option (the whole list is there).
      const { elapsed, fetch } = await page.evaluate(
        ({ code, last }) =>
          new Promise<{ elapsed: number; fetch: string }>((resolve, reject) => {
            const province = document.querySelector<HTMLSelectElement>("#checkout-province")!
            const present = () => !!document.querySelector(`#checkout-commune option[value="${last}"]`)
            const start = performance.now()
            const observer = new MutationObserver(() => {
              if (!present()) return
              const elapsed = performance.now() - start
              observer.disconnect()
              // Where the time went: the request of this province, relative to the change.
              const entry = performance.getEntriesByType("resource").find((e) => e.name.endsWith(`/api/places/${code}`)) as PerformanceResourceTiming | undefined
              const at = (t: number) => (t - start).toFixed(0)
              const parsed = (window as unknown as { placesParsed: Record<string, number> }).placesParsed[code]
              const fetch = entry
                ? `request at ${at(entry.startTime)}, first byte ${at(entry.responseStart)}, last byte ${at(entry.responseEnd)}, parsed ${parsed ? at(parsed) : "?"} ms; ${entry.encodedBodySize} B`
                : "no request"
              resolve({ elapsed, fetch })
            })
            observer.observe(document.body, { childList: true, subtree: true })
            setTimeout(() => reject(new Error(`communes of ${code} did not appear within 10 s`)), 10_000)
            const setValue = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value")!.set!
            setValue.call(province, code)
            province.dispatchEvent(new Event("change", { bubbles: true }))
          }),
        { code, last },
      )
      expect(await page.locator("#checkout-commune option").count()).toBeGreaterThanOrEqual(communes.length)
      times.push(elapsed)
      details.push(`${code}: ${elapsed.toFixed(0)} ms (${fetch})`)
    }
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 })
    const sorted = [...times].sort((a, b) => a - b)
    const median = sorted[Math.floor(sorted.length / 2)]!
    console.log(details.join("\n"))
    console.log(`province → communes, CPU ${CPU_SLOWDOWN}×: ${times.map((t) => t.toFixed(0)).join(", ")} ms; median ${median.toFixed(0)} ms`)
    expect(median).toBeLessThan(LIMIT_MS)
    // Each province's communes came when it was chosen, one request each: never the whole country.
    expect(placeRequests).toEqual(PROVINCES.map((code) => `/api/places/${code}`))
    await context.close()
  }, 300_000)
})
