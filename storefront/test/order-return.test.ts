import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import { launchBrowser, screenshot, VIEWPORTS } from "./browser"
import { addToCart, adminRequest, checkoutWithCashOnDelivery, deliverAsDemoProducer, logInAsProducer, storeJson } from "./journey"

// A buyer's return request with photos (issue #15, item 4): from the account's order page, a delivered
// order's buyer picks a photo (through the same upload piece as the review form), sees its thumbnail,
// may take it away, and sends the request with it; the producer sees the photo in its portal. A file
// that is not a photo is refused with a sentence in the buyer's language, before or after the backend.

const storefrontUrl = inject("storefrontUrl")
const backendUrl = inject("backendUrl")
const publishableKey = inject("publishableKey")
const EMAIL = `tra.hang.${Date.now().toString(36)}@example.vn`
const PASSWORD = "mat-khau-tra-hang"
const PRODUCT = "ngoc-trai-akoya-ngoc-trai-ha-long"
const json = (path: string, init: RequestInit & { token?: string } = {}) => storeJson(backendUrl, publishableKey, path, init)

async function customerToken(): Promise<string> {
  const { token } = await json("/auth/customer/emailpass", { method: "POST", body: JSON.stringify({ email: EMAIL, password: PASSWORD }) })
  return token
}

async function logIn(page: Page) {
  await page.goto(`${storefrontUrl}/vi/account`)
  await page.fill("#login-email", EMAIL)
  await page.fill("#login-password", PASSWORD)
  await page.locator("form:has(#login-email) button[type=submit]").click()
  await page.locator("#orders-title").waitFor({ timeout: 30_000 })
}

describe("photos for a return request, on the account's order page, in a real browser", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
    const { token } = await json("/auth/customer/emailpass/register", { method: "POST", body: JSON.stringify({ email: EMAIL, password: PASSWORD }) })
    await json("/store/customers", { method: "POST", token, body: JSON.stringify({ email: EMAIL, first_name: "Hoa", last_name: "Trần", phone: "0912345679" }) })
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("a photo is attached, can be taken away, and reaches the producer with the request; a text file is refused in Vietnamese and English", async () => {
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
    expect((await fetch(kept!)).headers.get("content-type")).toMatch(/^image\/png/)
    await form.getByRole("button", { name: "Bỏ ảnh 2" }).click()
    expect(await thumbnails.count()).toBe(1)
    expect(await form.locator("input[name=photo]").getAttribute("value")).toBe(kept)
    await screenshot(page, "order-return-form-vi-phone")

    // Sent before the carrier has handed over the cash: the backend has no payment to refund yet, and
    // the buyer is told so in Vietnamese (not a generic failure). The photo stays attached.
    const fill = async () => {
      await form.locator("input[name^='qty:']").first().fill("1")
      await form.locator("textarea[name=reason]").fill("Ngọc bị trầy một bên khi nhận hàng")
      await form.locator("input[name=bank_bin]").fill("970436")
      await form.locator("input[name=account_number]").fill("0011004455667")
      await form.locator("input[name=account_name]").fill("Trần Hoa")
      await form.locator("button[type=submit]").click()
    }
    await fill()
    const alert = form.locator("[role=alert]")
    await alert.waitFor({ timeout: 30_000 })
    expect(await alert.textContent()).toContain("Chúng tôi chưa ghi nhận tiền của đơn này")
    expect(await json(`/store/orders/${orderId}/returns`, { token: await customerToken() })).toMatchObject({ returns: [] })

    // Once the cash is collected, the same request goes through with its photo.
    await adminRequest(backendUrl, `/admin/orders/${orderId}/cod-collected`, { method: "POST", body: "{}" })
    expect(await form.locator("input[name=photo]").getAttribute("value")).toBe(kept)
    await fill()
    const sent = page.locator("[data-testid=return-sent]")
    // A refusal instead fails with its sentence.
    await sent.waitFor({ timeout: 30_000 }).catch(async () => {
      throw new Error(`the request was not sent: ${(await form.locator("[role=alert]").allTextContents()).join(" | ")}`)
    })
    expect(await sent.textContent()).toBe("Đã gửi yêu cầu. Nhà sản xuất sẽ xem xét và trả lời bạn.")
    const { returns } = await json(`/store/orders/${orderId}/returns`, { token: await customerToken() })
    expect(returns).toHaveLength(1)
    expect(returns[0].photos).toEqual([kept])

    // The producer sees the buyer's photo in its portal's returns.
    const producer = await browser.newContext({ viewport: VIEWPORTS.desktop })
    const portal = await producer.newPage()
    await logInAsProducer(portal, storefrontUrl)
    await portal.goto(`${storefrontUrl}/vi/producer/returns`)
    const photo = portal.locator(`img[src="${kept}"]`)
    await photo.waitFor({ timeout: 30_000 })
    expect(await photo.getAttribute("alt")).toBe("Ảnh 1")
    await producer.close()
    await context.close()
  }, 300_000)
})
