import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import { launchBrowser, screenshot, VIEWPORTS } from "./browser"
import { addToCart, adminRequest, checkoutWithCashOnDelivery, deliverAsDemoProducer, storeJson } from "./journey"

// "Review what you received" (issue #18): a customer whose order was delivered reviews its line from
// the account's order page (stars, text, a photo through the upload route); the review is on the
// product page, and the order page then shows the line as reviewed, in both languages.
// The review is hidden again at the end, so the seeded ratings other tests count stay as they were.

const storefrontUrl = inject("storefrontUrl")
const backendUrl = inject("backendUrl")
const publishableKey = inject("publishableKey")
const EMAIL = `danh.gia.${Date.now().toString(36)}@example.vn`
const PASSWORD = "mat-khau-danh-gia"
const PRODUCT = "ngoc-trai-akoya-ngoc-trai-ha-long"
const TEXT = `Ngọc đẹp, giao nhanh <b>không phải HTML</b> ${Date.now().toString(36)}`

const json = (path: string, init: RequestInit & { token?: string } = {}) => storeJson(backendUrl, publishableKey, path, init)

async function registerCustomer() {
  const { token } = await json("/auth/customer/emailpass/register", { method: "POST", body: JSON.stringify({ email: EMAIL, password: PASSWORD }) })
  await json("/store/customers", { method: "POST", token, body: JSON.stringify({ email: EMAIL, first_name: "Thu", last_name: "Phạm", phone: "0912345678" }) })
}

async function logIn(page: Page, locale = "vi") {
  await page.goto(`${storefrontUrl}/${locale}/account`)
  await page.fill("#login-email", EMAIL)
  await page.fill("#login-password", PASSWORD)
  await page.locator("form:has(#login-email) button[type=submit]").click()
  await page.locator("#orders-title").waitFor({ timeout: 30_000 })
}

describe("review what you received, from the account's order page, in a real browser", () => {
  let browser: Browser
  let reviewId: string | null = null
  beforeAll(async () => {
    browser = await launchBrowser()
    await registerCustomer()
  })
  afterAll(async () => {
    if (reviewId) await adminRequest(backendUrl, `/admin/reviews/${reviewId}`, { method: "POST", body: JSON.stringify({ status: "hidden" }) })
    await browser?.close()
  })

  it("a delivered line offers the form; the review with its photo reaches the product page and the line shows it as reviewed", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone })
    const page = await context.newPage()
    await logIn(page)
    await page.goto(`${storefrontUrl}/vi/products/${PRODUCT}`)
    await addToCart(page)
    const orderId = await checkoutWithCashOnDelivery(page, storefrontUrl, "vi", null, "order-review")

    // Before delivery there is nothing to review.
    await page.goto(`${storefrontUrl}/vi/account/orders/${orderId}`)
    await page.locator("h1").waitFor()
    expect(await page.locator("#order-reviews").count()).toBe(0)

    await deliverAsDemoProducer(backendUrl, publishableKey, orderId)
    await page.goto(`${storefrontUrl}/vi/account/orders/${orderId}`)
    await expect(page.locator("#order-reviews").textContent()).resolves.toBe("Đánh giá sản phẩm đã nhận")
    const form = page.locator(".review-form")
    expect(await form.count()).toBe(1)
    await expect(form.locator("h3").textContent()).resolves.toContain("Ngọc trai Akoya")
    await screenshot(page, "order-review-form-vi-phone")

    await page.setViewportSize(VIEWPORTS.desktop)
    await screenshot(page, "order-review-form-vi-desktop")
    await page.setViewportSize(VIEWPORTS.phone)
    await form.getByLabel("4 sao").check()
    await form.locator("textarea[name=content]").fill(TEXT)
    // A real PNG (a screenshot) through the upload route; its preview appears.
    await form.locator("input[type=file]").setInputFiles({ name: "ngoc.png", mimeType: "image/png", buffer: await page.screenshot({ clip: { x: 0, y: 0, width: 120, height: 120 } }) })
    const preview = form.locator(".buyer-review__photos img")
    await preview.waitFor({ timeout: 30_000 })
    expect(await form.locator("input[name=image]").count()).toBe(1)
    await form.locator("button[type=submit]").click()

    // The line is now shown as reviewed, with the review; no form is left.
    const done = page.locator(".order-reviews__done .buyer-review")
    await done.waitFor({ timeout: 30_000 })
    await expect(done.locator(".order-reviews__badge").textContent()).resolves.toBe("Bạn đã đánh giá")
    await expect(done.locator(".buyer-review__content").textContent()).resolves.toBe(TEXT)
    await expect(done.locator(".buyer-review__stars").getAttribute("aria-label")).resolves.toBe("4 trên 5 sao")
    expect(await page.locator(".review-form").count()).toBe(0)
    await screenshot(page, "order-review-done-vi-phone")

    // The review is on the product page, text kept as text, with its photo served as an image.
    await page.goto(`${storefrontUrl}/vi/products/${PRODUCT}`)
    const mine = page.locator(".buyer-review", { hasText: TEXT })
    await mine.waitFor({ timeout: 30_000 })
    await expect(mine.locator(".buyer-review__author").textContent()).resolves.toBe("Thu P.")
    expect(await page.locator(".buyer-review__content b").count()).toBe(0)
    const photo = mine.locator(".buyer-review__photos img")
    expect(await photo.count()).toBe(1)
    const photoResponse = await fetch((await photo.getAttribute("src"))!)
    expect(photoResponse.headers.get("content-type")).toMatch(/^image\/png/)

    const { reviews } = await json(`/store/products/${(await json(`/store/products?handle=${PRODUCT}&fields=id`)).products[0].id}/reviews`)
    reviewId = reviews.find((r: { content: string }) => r.content === TEXT)?.id ?? null
    expect(reviewId).toBeTruthy()

    // In English, on a desktop: the same order page says it in English.
    await page.setViewportSize(VIEWPORTS.desktop)
    await page.goto(`${storefrontUrl}/en/account/orders/${orderId}`)
    await expect(page.locator("#order-reviews").textContent()).resolves.toBe("Review what you received")
    await expect(page.locator(".order-reviews__badge").textContent()).resolves.toBe("You reviewed it")
    await screenshot(page, "order-review-done-en-desktop")
    await context.close()
  }, 300_000)
})
