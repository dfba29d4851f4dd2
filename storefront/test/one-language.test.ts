// Issue #23, one language per page: on /en the shipping options read in English at every step of
// the journey (checkout, its summary, confirmation), and the cheapest one is preselected.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser } from "playwright-core"
import { launchBrowser, screenshot, VIEWPORTS } from "./browser"
import { addToCart, searchAndOpenFirstProduct } from "./journey"

const storefrontUrl = inject("storefrontUrl")
/** The seeded options' Vietnamese names (backend/src/scripts/seed/foundation.ts). */
const VIETNAMESE_OPTIONS = /Giao hàng (tiêu chuẩn|nhanh)/

describe("one language per page: /en", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("shipping options in English from checkout to confirmation, the cheapest preselected", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone })
    const page = await context.newPage()
    await searchAndOpenFirstProduct(page, storefrontUrl, "en", "mien dong binh lieu", "en-one-language")
    await addToCart(page)
    await page.goto(`${storefrontUrl}/en/checkout`)
    await page.fill("#checkout-email", "visitor@example.com")
    await page.fill("#checkout-name", "Sam Lee")
    await page.fill("#checkout-phone", "+84987650000")
    await page.selectOption("#checkout-commune", { index: 1 })
    await page.fill("#checkout-street", "Bai Chay")
    await page.locator(".checkout-form button[type=submit]").click()

    const choices = page.locator(".choice-card")
    await choices.first().waitFor({ timeout: 30_000 })
    const names = await choices.locator(".choice-card__name").allTextContents()
    expect(names).toEqual(expect.arrayContaining(["Standard delivery", "Express delivery"]))
    expect(names.join(" ")).not.toMatch(VIETNAMESE_OPTIONS)
    // The cheapest is the one checked.
    const prices = await choices.locator(".choice-card__price").allTextContents()
    const amounts = prices.map((p) => Number(p.replace(/\D/g, "")))
    const checked = await choices.locator("input[name=optionId]").evaluateAll((inputs) => inputs.findIndex((i) => (i as HTMLInputElement).checked))
    expect(amounts[checked]).toBe(Math.min(...amounts))
    await screenshot(page, "en-one-language-shipping")
    await page.locator(".checkout-form button[type=submit]").click()

    await page.locator("input[name=providerId]").first().waitFor({ timeout: 30_000 })
    const main = page.locator("main")
    await expect(main.textContent()).resolves.toMatch(/Standard delivery/)
    expect(await main.textContent()).not.toMatch(VIETNAMESE_OPTIONS)
    const cod = page.locator("input[name=providerId][value^=pp_cod], input[name=providerId][value=pp_system_default]").first()
    await cod.check()
    await page.locator(".checkout-form button[type=submit]").click()
    await page.waitForURL(/\/en\/order\/confirmed\//, { timeout: 60_000 })
    await screenshot(page, "en-one-language-confirmation")
    await expect(main.textContent()).resolves.toMatch(/Standard delivery/)
    expect(await main.textContent()).not.toMatch(VIETNAMESE_OPTIONS)
    await context.close()
  })
})
