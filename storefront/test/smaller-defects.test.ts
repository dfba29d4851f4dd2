// Issue #23's smaller defects that a browser can hold, at phone and desktop sizes: after Enter on
// "Thêm vào giỏ" the keyboard focus stays on the button (not the page body), and the checkout's
// summary column starts level with its form.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser } from "playwright-core"
import { launchBrowser, screenshot, VIEWPORTS } from "./browser"

const storefrontUrl = inject("storefrontUrl")

describe("smaller defects (issue #23)", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    it(`${name}: Enter on "Thêm vào giỏ" adds the product and keeps the focus on the button`, async () => {
      const context = await browser.newContext({ viewport })
      const page = await context.newPage()
      await page.goto(`${storefrontUrl}/vi/products/mat-ong-binh-lieu`)
      const button = page.locator(".add-to-cart__button")
      await button.focus()
      await page.keyboard.press("Enter")
      await expect.poll(() => page.locator(".add-to-cart__status").textContent(), { timeout: 30_000 }).toMatch(/giỏ/i)
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.classList.contains("add-to-cart__button") ?? false), { timeout: 10_000 })
        .toBe(true)
      await screenshot(page, `smaller-defects-focus-${name}`)
      await context.close()
    }, 180_000)
  }

  it("desktop: the checkout's summary column starts level with the form", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop })
    const page = await context.newPage()
    await page.goto(`${storefrontUrl}/vi/products/mat-ong-binh-lieu`)
    await page.locator(".add-to-cart__button").click()
    await expect.poll(() => page.locator(".add-to-cart__status").textContent(), { timeout: 30_000 }).not.toBe("")
    await page.goto(`${storefrontUrl}/vi/checkout`)
    const steps = await page.locator(".checkout-page__steps").boundingBox()
    const summary = await page.locator(".checkout-page__layout > :last-child").boundingBox()
    expect(steps && summary).toBeTruthy()
    expect(Math.abs(summary!.y - steps!.y)).toBeLessThanOrEqual(2)
    await screenshot(page, "smaller-defects-checkout-summary")
    await context.close()
  }, 180_000)
})
