import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, BrowserContext, Page } from "playwright-core"
import QRCode from "qrcode"
import { launchBrowser, screenshot, VIEWPORTS } from "./browser"
import { addToCart, adminRequest, checkoutWithCashOnDelivery } from "./journey"

// A producer's whole day in the portal, on a phone: sign in, add a product with a photo, stock
// and a certificate request; the marketplace verifies it; a customer finds and orders the
// product; the producer ships it with a tracking number, which the customer then sees.

const storefrontUrl = inject("storefrontUrl")
const backendUrl = inject("backendUrl")

const stamp = Date.now().toString(36)
const TITLE = `Mật ong hoa sú vẹt Tiên Yên ${stamp}`
const TRACKING = `VTP${stamp.toUpperCase()}`
const CARRIER = "Viettel Post"
// Decision numbers start with digits ("1234/QĐ-UBND").
const DECISION = `${(Date.now() % 90000) + 10000}/QĐ-UBND`

/** The answer a portal form shows (success or problem), so a failure says what the server said. */
function answer(page: Page, form: string) {
  return () => page.locator(`form:has(${form}) [role=status].notice, form:has(${form}) [role=alert]`).first().textContent()
}

async function logInAsProducer(page: Page) {
  await page.goto(`${storefrontUrl}/vi/producer`)
  await page.waitForURL(/\/vi\/producer\/login/)
  await page.fill("#pp-email", "producer@ocop.local")
  await page.fill("#pp-password", "ocop-dev-producer")
  await page.locator("form:has(#pp-email) button[type=submit]").click()
  await page.waitForURL(/\/vi\/producer$/, { timeout: 30_000 })
}

/** The day a month ago, YYYY-MM-DD: a decision recent enough to be in force. */
function lastMonth() {
  const d = new Date()
  d.setUTCMonth(d.getUTCMonth() - 1)
  return d.toISOString().slice(0, 10)
}

const admin = (path: string, init: RequestInit = {}) => adminRequest(backendUrl, path, init)

/** The phone shows the page without sideways scrolling. */
async function fitsThePhone(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(1)
}

// Each step is a whole journey through two servers: more than the default 2 minutes on a busy machine.
const STEP = 300_000

describe("the producer portal", () => {
  let browser: Browser
  let producer: BrowserContext
  let phone: Page
  let productId: string
  let orderId: string

  beforeAll(async () => {
    browser = await launchBrowser()
    producer = await browser.newContext({ viewport: VIEWPORTS.phone })
    phone = await producer.newPage()
  })
  afterAll(async () => {
    await browser?.close()
  }, STEP)

  it("a producer signs in on a phone, adds a product with a photo, stock and a certificate request", async () => {
    await logInAsProducer(phone)
    await phone.locator(".pp-chart__svg").waitFor()
    await fitsThePhone(phone)
    // The token is kept where scripts cannot read it.
    const cookie = (await producer.cookies()).find((c) => c.name === "ocop_producer_jwt")
    expect(cookie?.httpOnly).toBe(true)
    expect(await phone.evaluate(() => document.cookie)).not.toContain("ocop_producer_jwt")

    await phone.goto(`${storefrontUrl}/vi/producer/products/new`)
    await phone.fill("#pp-title", TITLE)
    await phone.fill("#pp-description", "Mật ong nguyên chất từ rừng ngập mặn Tiên Yên.")
    // A text file dressed as a picture is refused by the backend, with a reason.
    await phone.setInputFiles("#pp-image-file", { name: "anh.png", mimeType: "image/png", buffer: Buffer.from("not a picture") })
    await expect.poll(() => phone.locator("#pp-image-status").textContent(), { timeout: 20_000 }).toMatch(/không phải|not a JPEG/i)
    const png = await QRCode.toBuffer(TITLE, { type: "png", width: 320, color: { dark: "#8a3b12" } })
    await phone.setInputFiles("#pp-image-file", { name: "mat-ong.png", mimeType: "image/png", buffer: png })
    await expect.poll(() => phone.locator("input[name=thumbnail]").inputValue(), { timeout: 20_000 }).toMatch(/\/static\/.*\.png$/)
    await phone.fill("#pp-vtitle-0", "Chai 500 ml")
    await phone.fill("#pp-price-0", "abc")
    await phone.locator("form:has(#pp-title) button[type=submit]").click()
    // Bad input: a clear message, nothing created, what was typed kept.
    await expect.poll(answer(phone, "#pp-title"), { timeout: 20_000 }).toMatch(/Dòng 1/)
    expect(await phone.inputValue("#pp-title")).toBe(TITLE)
    await phone.fill("#pp-price-0", "350.000")
    await phone.fill("#pp-stock-0", "12")
    await phone.locator("form:has(#pp-title) button[type=submit]").click()
    await phone.waitForURL(/\/vi\/producer\/products\/prod_[^/?]+\?created=1/, { timeout: 30_000 })
    productId = new URL(phone.url()).pathname.split("/").pop()!
    await expect(phone.locator("h1").textContent()).resolves.toBe(TITLE)

    await phone.fill("#pp-cert-decision", DECISION)
    await phone.fill("#pp-cert-date", lastMonth())
    await phone.locator("form:has(#pp-cert-decision) button[type=submit]").click()
    await expect.poll(answer(phone, "#pp-cert-decision"), { timeout: 20_000 }).toMatch(/Đã gửi/)
    await phone.reload()
    await expect(phone.locator("main").textContent()).resolves.toContain("Chờ xác minh")
    // The QR code for the packaging is served to the signed-in producer.
    const qr = await phone.request.get(`${storefrontUrl}/vi/producer/products/${productId}/qr/png`)
    expect(qr.status()).toBe(200)
    expect(qr.headers()["content-type"]).toBe("image/png")
    await screenshot(phone, "producer-phone-product")
  }, STEP)

  it("the marketplace verifies the certificate, and the product is found in the storefront search", async () => {
    const { certificates } = await admin("/admin/certificates?status=pending_verification&limit=200")
    const request = certificates.find((c: any) => c.product?.id === productId)
    expect(request?.decision_number).toBe(DECISION)
    await admin(`/admin/certificates/${request.id}/verify`, { method: "POST", body: JSON.stringify({ approved: true }) })

    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    await expect
      .poll(
        async () => {
          await page.goto(`${storefrontUrl}/vi/search?q=${encodeURIComponent(`mat ong su vet ${stamp}`)}`)
          return page.locator(".product-card__link", { hasText: TITLE }).count()
        },
        { timeout: 60_000, interval: 2_000 },
      )
      .toBe(1)
    await page.close()
  }, STEP)

  it("a customer orders it, the producer ships it with a tracking number, and the customer sees the tracking", async () => {
    const customer = await browser.newContext({ viewport: VIEWPORTS.desktop })
    const shop = await customer.newPage()
    await shop.goto(`${storefrontUrl}/vi/account`)
    await shop.fill("#login-email", "customer@ocop.local")
    await shop.fill("#login-password", "ocop-dev-customer")
    await shop.locator("form:has(#login-email) button[type=submit]").click()
    await shop.locator("#orders-title").waitFor({ timeout: 30_000 })
    await shop.goto(`${storefrontUrl}/vi/search?q=${encodeURIComponent(`mat ong su vet ${stamp}`)}`)
    await shop.locator(".product-card__link", { hasText: TITLE }).click()
    await shop.waitForURL(/\/vi\/products\//)
    await addToCart(shop)
    orderId = await checkoutWithCashOnDelivery(shop, storefrontUrl, "vi", null, "producer-portal-customer")

    // The producer sees the order, with only its own item and the delivery address.
    await phone.goto(`${storefrontUrl}/vi/producer/orders`)
    const card = phone.locator(`[id="order-${orderId}"]`)
    await card.waitFor({ timeout: 30_000 })
    await expect(card.textContent()).resolves.toContain(TITLE)
    await expect(card.textContent()).resolves.toContain("Cần giao")
    await fitsThePhone(phone)
    await card.locator("input[name=carrier]").fill(CARRIER)
    await card.locator("input[name=tracking_number]").fill(TRACKING)
    await card.locator("button[type=submit]").click()
    // The card then lists the parcel (or, on a refusal, shows why).
    await expect.poll(() => card.textContent(), { timeout: 30_000 }).toContain(`${CARRIER} · ${TRACKING}`)
    await expect(card.textContent()).resolves.toContain("Đã giao vận chuyển")

    await shop.goto(`${storefrontUrl}/vi/account/orders/${orderId}`)
    const shipments = shop.locator("section", { has: shop.locator("h2", { hasText: "Vận chuyển" }) })
    await expect(shipments.textContent()).resolves.toContain(TRACKING)
    await expect(shipments.textContent()).resolves.toContain(CARRIER)
    await screenshot(shop, "producer-portal-customer-order-tracking")
    await customer.close()
  }, STEP)

  it("dashboard, products and orders on a phone and a desktop, in Vietnamese and English", async () => {
    const desktop = await producer.newPage()
    await desktop.setViewportSize(VIEWPORTS.desktop)
    for (const [page, size] of [
      [phone, "phone"],
      [desktop, "desktop"],
    ] as const) {
      for (const [path, name] of [
        ["/vi/producer", "dashboard"],
        ["/vi/producer/products", "products"],
        ["/vi/producer/orders", "orders"],
      ] as const) {
        await page.goto(`${storefrontUrl}${path}`)
        await page.locator(".pp-main__title").waitFor()
        if (size === "phone") await fitsThePhone(page)
        await screenshot(page, `producer-${size}-${name}`)
      }
    }
    // The dashboard counts this month's sale; the product is listed with its stars.
    await desktop.goto(`${storefrontUrl}/vi/producer`)
    await expect(desktop.locator(".pp-chart__total").textContent()).resolves.not.toMatch(/^0\s*₫$/)
    await desktop.goto(`${storefrontUrl}/en/producer/products`)
    const row = desktop.locator(".pp-card", { hasText: TITLE })
    await expect(row.textContent()).resolves.toContain("★★★★")
    await expect(desktop.locator(".pp-main__title").textContent()).resolves.toBe("Products")
    await screenshot(desktop, "producer-desktop-products-en")
    // The month's statement downloads as CSV with the sale in it.
    const month = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7)
    const csv = await desktop.request.get(`${storefrontUrl}/vi/producer/statements/csv?month=${month}`)
    expect(csv.status()).toBe(200)
    expect(await csv.text()).toContain(TITLE)
    await desktop.close()
  }, STEP)

  it("without the producer's login, the portal's pages and files are closed", async () => {
    const stranger = await browser.newPage({ viewport: VIEWPORTS.phone })
    await stranger.goto(`${storefrontUrl}/vi/producer/orders`)
    await stranger.waitForURL(/\/vi\/producer\/login/)
    const qr = await stranger.request.get(`${storefrontUrl}/vi/producer/products/${productId}/qr/svg`)
    expect(qr.status()).toBe(401)
    await stranger.close()
  }, STEP)
})
