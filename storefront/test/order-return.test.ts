import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import { launchBrowser, screenshot, VIEWPORTS } from "./browser"
import { addToCart, checkoutWithCashOnDelivery, deliverAsDemoProducer, logInAsProducer, storeJson } from "./journey"

// A buyer's return request with photos (issue #15, item 4): from the account's order page, a delivered
// order's buyer picks a photo (through the same upload piece as the review form), sees its thumbnail,
// may take it away, and sends the request with it; the producer sees the photo in its portal. A file
// that is not a photo is refused with a sentence in the buyer's language, before or after the backend.
// The demo producer refuses the request at the end, so no request is left waiting.

const storefrontUrl = inject("storefrontUrl")
const backendUrl = inject("backendUrl")
const publishableKey = inject("publishableKey")
const EMAIL = `tra.hang.${Date.now().toString(36)}@example.vn`
const PASSWORD = "mat-khau-tra-hang"
const PRODUCT = "ngoc-trai-akoya-ngoc-trai-ha-long"
const REASON = `Ngọc bị trầy một vết ${Date.now().toString(36)}`
const json = (path: string, init: RequestInit & { token?: string } = {}) => storeJson(backendUrl, publishableKey, path, init)

async function logIn(page: Page) {
  await page.goto(`${storefrontUrl}/vi/account`)
  await page.fill("#login-email", EMAIL)
  await page.fill("#login-password", PASSWORD)
  await page.locator("form:has(#login-email) button[type=submit]").click()
  await page.locator("#orders-title").waitFor({ timeout: 30_000 })
}

describe("a return request with photos, from the account's order page to the producer's portal, in a real browser", () => {
  let browser: Browser
  let returnId: string | null = null
  beforeAll(async () => {
    browser = await launchBrowser()
    const { token } = await json("/auth/customer/emailpass/register", { method: "POST", body: JSON.stringify({ email: EMAIL, password: PASSWORD }) })
    await json("/store/customers", { method: "POST", token, body: JSON.stringify({ email: EMAIL, first_name: "Hoa", last_name: "Trần", phone: "0912345679" }) })
  })
  afterAll(async () => {
    if (returnId) {
      const { token } = await json("/auth/producer/emailpass", { method: "POST", body: JSON.stringify({ email: "producer@ocop.local", password: "ocop-dev-producer" }) })
      await json(`/producer/returns/${returnId}/refuse`, { method: "POST", token, body: JSON.stringify({ reason: "Kiểm thử: yêu cầu do bài kiểm tra tạo" }) })
    }
    await browser?.close()
  })

  it("a photo goes with the request, a text file is refused in Vietnamese and English, and the producer sees the photo", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone })
    const page = await context.newPage()
    await logIn(page)
    await page.goto(`${storefrontUrl}/vi/products/${PRODUCT}`)
    await addToCart(page)
    const orderId = await checkoutWithCashOnDelivery(page, storefrontUrl, "vi", null, "order-return")
    await deliverAsDemoProducer(backendUrl, publishableKey, orderId)

    const form = page.locator("[data-testid=return-form]")
    const status = form.locator(".photo-upload__status")
    const file = form.locator("input[type=file]")

    // In English, a text file is refused in English.
    await page.goto(`${storefrontUrl}/en/account/orders/${orderId}`)
    await form.waitFor({ timeout: 30_000 })
    await file.setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("not a photo") })
    await expect(status.textContent()).resolves.toBe("“notes.txt” is not a photo: choose a JPEG, PNG or WebP image.")

    await page.goto(`${storefrontUrl}/vi/account/orders/${orderId}`)
    await form.waitFor({ timeout: 30_000 })

    // Not a photo: refused in the browser, in Vietnamese, naming the file; nothing is attached.
    await file.setInputFiles({ name: "ghi-chu.txt", mimeType: "text/plain", buffer: Buffer.from("không phải ảnh") })
    await expect(status.textContent()).resolves.toBe("“ghi-chu.txt” không phải là ảnh: hãy chọn ảnh JPEG, PNG hoặc WebP.")
    // Text dressed up as a PNG: the backend reads the bytes and refuses; the buyer reads it in Vietnamese.
    await file.setInputFiles({ name: "gia-anh.png", mimeType: "image/png", buffer: Buffer.from("không phải ảnh PNG") })
    await page.waitForFunction(() => document.querySelector("[data-testid=return-form] .photo-upload__status")?.textContent?.startsWith("Chỉ nhận ảnh"), null, { timeout: 30_000 })
    await expect(status.textContent()).resolves.toBe("Chỉ nhận ảnh (JPEG, PNG hoặc WebP).")
    expect(await form.locator("input[name=photo]").count()).toBe(0)

    // Two real PNGs; their thumbnails appear; the second is taken away again.
    const png = await page.screenshot({ clip: { x: 0, y: 0, width: 120, height: 120 } })
    await file.setInputFiles([
      { name: "vet-tray.png", mimeType: "image/png", buffer: png },
      { name: "hop.png", mimeType: "image/png", buffer: await page.screenshot({ clip: { x: 0, y: 120, width: 100, height: 100 } }) },
    ])
    const thumbnails = form.locator(".photo-upload__list img")
    await thumbnails.nth(1).waitFor({ timeout: 30_000 })
    expect(await form.locator("input[name=photo]").count()).toBe(2)
    await expect(status.textContent()).resolves.toBe("")
    const kept = await form.locator("input[name=photo]").first().getAttribute("value")
    await form.getByRole("button", { name: "Bỏ ảnh 2" }).click()
    expect(await thumbnails.count()).toBe(1)
    expect(await form.locator("input[name=photo]").count()).toBe(1)
    await screenshot(page, "order-return-form-vi-phone")

    await form.locator("input[type=number]").first().fill("1")
    await form.locator("textarea[name=reason]").fill(REASON)
    await form.locator("input[name=bank_bin]").fill("970436")
    await form.locator("input[name=account_number]").fill("0011002233445")
    await form.locator("input[name=account_name]").fill("Trần Thị Hoa")
    await form.locator("button[type=submit]").click()
    // The one unit is asked for, so the form gives way to the request, waiting for the producer.
    const asked = page.locator(".order-returns__list li[data-return-status=requested]")
    await asked.waitFor({ timeout: 30_000 })
    await expect(asked.locator("strong").textContent()).resolves.toBe("Đang chờ nhà sản xuất xem xét")
    expect(await form.count()).toBe(0)

    // The request carries exactly the kept photo (the removed one did not go).
    const { token } = await json("/auth/customer/emailpass", { method: "POST", body: JSON.stringify({ email: EMAIL, password: PASSWORD }) })
    const { returns } = await json(`/store/orders/${orderId}/returns`, { token })
    const mine = returns.find((r: { reason: string }) => r.reason === REASON)
    expect(mine?.photos).toEqual([kept])
    returnId = mine.id

    // The producer sees it in its portal, with the photo shown and served as an image.
    const producerPage = await context.newPage()
    await logInAsProducer(producerPage, storefrontUrl)
    await producerPage.goto(`${storefrontUrl}/vi/producer/returns`)
    const request = producerPage.locator(`[data-return-id="${returnId}"]`)
    await request.waitFor({ timeout: 30_000 })
    const photo = request.locator(".return-photos img")
    expect(await photo.count()).toBe(1)
    expect(await photo.getAttribute("src")).toBe(kept)
    await expect(photo.getAttribute("alt")).resolves.toBe("Ảnh 1")
    expect((await fetch(kept!)).headers.get("content-type")).toMatch(/^image\/png/)
    await screenshot(producerPage, "order-return-producer-vi-phone")

    await context.close()
  }, 300_000)
})
