import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser } from "playwright-core"
import { launchBrowser } from "./browser"

const storefrontUrl = inject("storefrontUrl")

async function headersOf(path: string) {
  const response = await fetch(`${storefrontUrl}${path}`, { redirect: "manual" })
  return response.headers
}

describe("storefront security headers", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("forbid framing of the shop's pages and send CSP, nosniff, referrer and permissions policies", async () => {
    for (const path of ["/vi", "/en", "/vi/search?q=tra", "/vi/checkout"]) {
      const headers = await headersOf(path)
      expect({ path, xfo: headers.get("x-frame-options") }).toEqual({ path, xfo: "DENY" })
      const csp = headers.get("content-security-policy") ?? ""
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).toContain("default-src 'self'")
      expect(csp).toContain("object-src 'none'")
      expect(headers.get("x-content-type-options")).toBe("nosniff")
      expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin")
      expect(headers.get("permissions-policy")).toContain("camera=()")
      // A test stack on http: no HSTS.
      expect(headers.get("strict-transport-security")).toBeNull()
    }
  })

  it("let any site frame the partner embeds (/embed/**)", async () => {
    const headers = await headersOf("/embed/shelves/x")
    expect(headers.get("x-frame-options")).toBeNull()
    expect(headers.get("content-security-policy")).toContain("frame-ancestors *")
    expect(headers.get("x-content-type-options")).toBe("nosniff")
  })

  it("a browser renders and hydrates the pages without CSP violations", async () => {
    const page = await browser.newPage()
    const violations: string[] = []
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
    })
    for (const path of ["/vi", "/en/search?q=tra"]) {
      const response = await page.goto(`${storefrontUrl}${path}`)
      expect(response?.status()).toBe(200)
      await page.waitForLoadState("networkidle")
    }
    // Hydrated: client-side navigation works (a blocked script would leave a dead page).
    expect(await page.locator("h1").first().textContent()).toBeTruthy()
    expect(violations).toEqual([])

    await page.close()
  })
})
