// Issue #23, one language per page: on /en the shipping options read in English at every step of
// the journey (checkout, its summary, confirmation), and the cheapest one is preselected.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser } from "playwright-core"
import { launchBrowser, screenshot, VIEWPORTS } from "./browser"
import { addToCart, fillCheckoutUntilPayment, searchAndOpenFirstProduct } from "./journey"

const storefrontUrl = inject("storefrontUrl")
const backendUrl = inject("backendUrl")
const publishableKey = inject("publishableKey")
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

    // The shipping step's cards (the details step has cards too: home, or a partner's hotel).
    const choices = page.locator(".choice-card:has(input[name=optionId])")
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

  /** A product's title as Medusa answers it in a content locale (its Translation module). */
  async function titleIn(handle: string, locale: "vi-VN" | "en-US"): Promise<string> {
    const response = await fetch(`${backendUrl}/store/products?handle=${handle}&fields=title&locale=${locale}`, { headers: { "x-publishable-api-key": publishableKey } })
    const { products } = (await response.json()) as { products: Array<{ title: string }> }
    return products[0]!.title
  }

  async function registerCustomer(email: string, password: string) {
    const registered = await fetch(`${backendUrl}/auth/customer/emailpass/register`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    })
    const { token } = (await registered.json()) as { token: string }
    const created = await fetch(`${backendUrl}/store/customers`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey, authorization: `Bearer ${token}` },
      body: JSON.stringify({ email, first_name: "Sam", last_name: "Lee", phone: "+84987650001" }),
    })
    expect(created.status).toBe(200)
  }

  // Issue #23: a line is named in the page's language when it is shown, not frozen in the language
  // it was added in — cart, checkout, confirmation and the account's order page, both ways.
  it("line names follow the page: added on /vi, shown in English on /en from cart to order page, and back", async () => {
    const handle = "mien-dong-binh-lieu"
    const [vi, en] = await Promise.all([titleIn(handle, "vi-VN"), titleIn(handle, "en-US")])
    expect(en).not.toBe(vi)
    const email = `one.language.${Date.now().toString(36)}@example.com`
    const password = "one-language-pass"
    await registerCustomer(email, password)

    const context = await browser.newContext({ viewport: VIEWPORTS.desktop })
    const page = await context.newPage()
    const main = page.locator("main")
    // Added on the Vietnamese site, as a guest: the cart line is stored with the Vietnamese name.
    await page.goto(`${storefrontUrl}/vi/products/${handle}`)
    await addToCart(page)
    await page.goto(`${storefrontUrl}/en/account`)
    await page.fill("#login-email", email)
    await page.fill("#login-password", password)
    await page.locator("form:has(#login-email) button[type=submit]").click()
    await page.locator("#orders-title").waitFor({ timeout: 30_000 })

    await page.goto(`${storefrontUrl}/en/cart`)
    await expect(page.locator(".cart-line__title").first().textContent()).resolves.toContain(en)
    expect(await main.textContent()).not.toContain(vi)
    await screenshot(page, "en-one-language-cart-lines")
    // The other way: /vi names the same line in Vietnamese.
    await page.goto(`${storefrontUrl}/vi/cart`)
    await expect(page.locator(".cart-line__title").first().textContent()).resolves.toContain(vi)
    expect(await main.textContent()).not.toContain(en)

    // The checkout's summary, at the payment step, then the order placed.
    await fillCheckoutUntilPayment(page, storefrontUrl, "en", null, "en-one-language-lines")
    await expect(main.textContent()).resolves.toContain(en)
    expect(await main.textContent()).not.toContain(vi)
    await page.locator("input[name=providerId][value^=pp_cod], input[name=providerId][value=pp_system_default]").first().check()
    await page.locator(".checkout-form button[type=submit]").click()
    await page.waitForURL(/\/en\/order\/confirmed\//, { timeout: 60_000 })
    const orderId = new URL(page.url()).pathname.split("/").pop()!
    await screenshot(page, "en-one-language-lines-confirmation")
    await expect(main.textContent()).resolves.toContain(en)
    expect(await main.textContent()).not.toContain(vi)

    await page.goto(`${storefrontUrl}/en/account/orders/${orderId}`)
    await expect(main.textContent()).resolves.toContain(en)
    expect(await main.textContent()).not.toContain(vi)
    await screenshot(page, "en-one-language-order-page")
    await page.goto(`${storefrontUrl}/vi/account/orders/${orderId}`)
    await expect(main.textContent()).resolves.toContain(vi)
    expect(await main.textContent()).not.toContain(en)
    await context.close()
  }, 300_000)
})
