import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser } from "playwright-core"
import { launchBrowser, screenshot, VIEWPORTS } from "./browser"
import { addToCart, adminOrder, checkoutWithCashOnDelivery, searchAndOpenFirstProduct } from "./journey"

const storefrontUrl = inject("storefrontUrl")
const backendUrl = inject("backendUrl")

describe("a shopper finds and buys an OCOP product", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("vi, phone: accentless search → product → cart → guest checkout with cash on delivery → order in the admin", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone })
    const page = await context.newPage()
    const title = await searchAndOpenFirstProduct(page, storefrontUrl, "vi", "tra hoa vang", "vi-phone")
    expect(title.toLowerCase()).toContain("trà hoa vàng")
    await addToCart(page)
    const shopper = { email: "khach.vi@example.vn", name: "Trần Thị Hoa", phone: "0912345678", street: "25 Bạch Đằng" }
    const orderId = await checkoutWithCashOnDelivery(page, storefrontUrl, "vi", shopper, "vi-phone")
    await expect(page.locator("main").textContent()).resolves.toMatch(/₫/)

    const order = await adminOrder(backendUrl, orderId)
    expect(order.email).toBe(shopper.email)
    expect(order.currency_code).toBe("vnd")
    expect(Number.isInteger(order.total)).toBe(true)
    expect(order.items[0]!.product_title.toLowerCase()).toContain("trà hoa vàng")
    await context.close()
  })

  it("en, desktop: the same journey in English", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop })
    const page = await context.newPage()
    // Akoya (from 1,250,000 ₫): cash on delivery is for orders up to 5,000,000 ₫ (issue 13).
    await searchAndOpenFirstProduct(page, storefrontUrl, "en", "ngoc trai akoya", "en-desktop")
    expect(await page.getAttribute("html", "lang")).toBe("en")
    // Product content comes translated from the backend, not only the interface.
    await expect(page.locator("h1").textContent()).resolves.toMatch(/pearl/i)
    await addToCart(page)
    const shopper = { email: "tourist@example.com", name: "Alex Morgan", phone: "+84987654321", street: "Tuan Chau Marina" }
    const orderId = await checkoutWithCashOnDelivery(page, storefrontUrl, "en", shopper, "en-desktop")
    const order = await adminOrder(backendUrl, orderId)
    expect(order.email).toBe(shopper.email)
    await context.close()
  })

  it("a logged-in customer checks out and finds the order in the account", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop })
    const page = await context.newPage()
    await page.goto(`${storefrontUrl}/vi/account`)
    await page.fill("#login-email", "customer@ocop.local")
    await page.fill("#login-password", "ocop-dev-customer")
    await page.locator("form:has(#login-email) button[type=submit]").click()
    await page.locator("#orders-title").waitFor({ timeout: 30_000 })

    await searchAndOpenFirstProduct(page, storefrontUrl, "vi", "mien dong binh lieu", "customer")
    await addToCart(page)
    // Email, name and phone come from the account.
    const orderId = await checkoutWithCashOnDelivery(page, storefrontUrl, "vi", null, "customer")
    await page.goto(`${storefrontUrl}/vi/account`)
    await screenshot(page, "customer-account")
    await expect(page.locator(`a[href*="${orderId}"]`).count()).resolves.toBeGreaterThan(0)
    await context.close()
  })
})
