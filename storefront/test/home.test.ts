import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser } from "playwright-core"
import { launchBrowser, screenshot, VIEWPORTS } from "./browser"

const storefrontUrl = inject("storefrontUrl")

describe("the storefront home in a real browser", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  for (const [viewport, size] of Object.entries(VIEWPORTS)) {
    it(`renders in Vietnamese by default with VND prices (${viewport})`, async () => {
      const page = await browser.newPage({ viewport: size })
      const response = await page.goto(`${storefrontUrl}/`)
      expect(response?.status()).toBe(200)
      expect(new URL(page.url()).pathname).toBe("/vi")
      expect(await page.getAttribute("html", "lang")).toBe("vi")
      await expect(page.locator("h1").first().textContent()).resolves.toMatch(/OCOP/)
      // Prices are whole đồng with dot separators, never cents.
      const prices = await page.locator("text=/\\d{1,3}(\\.\\d{3})+\\s₫/").count()
      expect(prices).toBeGreaterThan(0)
      await screenshot(page, `home-vi-${viewport}`)
      await page.close()
    })
  }

  it("switches to English at /en", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    await page.goto(`${storefrontUrl}/en`)
    expect(await page.getAttribute("html", "lang")).toBe("en")
    await screenshot(page, "home-en-desktop")
    await page.close()
  })
})
