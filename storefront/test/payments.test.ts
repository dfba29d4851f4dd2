import jsQR from "jsqr"
import pg from "pg"
import sharp from "sharp"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, Locator, Page } from "playwright-core"
import path from "node:path"
import { launchBrowser, SCREENSHOT_DIR, screenshot, VIEWPORTS } from "./browser"
import { addToCart, adminToken, fillCheckoutUntilPayment, searchAndOpenFirstProduct } from "./journey"

const storefrontUrl = inject("storefrontUrl")
const backendUrl = inject("backendUrl")
const databaseUrl = inject("databaseUrl")

type AdminPayment = { id: string; provider_id: string; amount: number; captured_at: string | null }
type PaidOrder = {
  id: string
  total: number
  payment_status: string
  payment_collections: { payments: AdminPayment[] }[]
}

async function admin(path: string, init: { method?: string; body?: unknown } = {}) {
  return fetch(`${backendUrl}${path}`, {
    method: init.method ?? "GET",
    headers: { authorization: `Bearer ${await adminToken(backendUrl)}`, "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
}

async function paidOrder(orderId: string): Promise<PaidOrder> {
  const response = await admin(`/admin/orders/${orderId}?fields=id,total,payment_status,*payment_collections.payments`)
  expect(response.status).toBe(200)
  return ((await response.json()) as { order: PaidOrder }).order
}

const payments = (order: PaidOrder) => order.payment_collections.flatMap((c) => c.payments)

/** Rows in the database, to count orders and payments independently of any API. */
async function countRows(sql: string, params: unknown[]): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query(sql, params)
    return Number(rows[0].count)
  } finally {
    await client.end()
  }
}

const ordersOfEmail = (email: string) => countRows(`select count(*) from "order" where email = $1 and deleted_at is null`, [email])

/** Reads the QR code the way a banking app does: from the pixels on the screen. */
async function decodeQr(image: Locator): Promise<string> {
  const png = await image.screenshot()
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  const code = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)
  expect(code, "the QR code on the page could not be decoded").not.toBeNull()
  return code!.data
}

/** EMVCo TLV fields (two-digit id, two-digit length, value), parsed here independently of the backend's builder. */
function tlv(text: string): Map<string, string> {
  const fields = new Map<string, string>()
  for (let i = 0; i < text.length; ) {
    const id = text.slice(i, i + 2)
    const length = Number(text.slice(i + 2, i + 4))
    expect(Number.isInteger(length), `bad length at ${i} in ${text}`).toBe(true)
    fields.set(id, text.slice(i + 4, i + 4 + length))
    i += 4 + length
  }
  return fields
}

function crc16CcittFalse(text: string): string {
  let crc = 0xffff
  for (const byte of Buffer.from(text, "utf8")) {
    crc ^= byte << 8
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff
  }
  return crc.toString(16).toUpperCase().padStart(4, "0")
}

const digits = (text: string | null) => Number((text ?? "").replace(/\D/g, ""))

async function logIn(page: Page) {
  await page.goto(`${storefrontUrl}/vi/account`)
  await page.fill("#login-email", "customer@ocop.local")
  await page.fill("#login-password", "ocop-dev-customer")
  await page.locator("form:has(#login-email) button[type=submit]").click()
  await page.locator("#orders-title").waitFor({ timeout: 30_000 })
}

/** Chooses a payment method and places the order with a double click, as an impatient shopper does. */
async function placeOrderWith(page: Page, providerId: string, shot: string): Promise<string> {
  const choice = page.locator(`input[name=providerId][value=${providerId}]`)
  await choice.check()
  await screenshot(page, `${shot}-payment`)
  await page.locator(".checkout-form button[type=submit]").dblclick()
  await page.waitForURL(/\/order\/confirmed\//, { timeout: 60_000 })
  return new URL(page.url()).pathname.split("/").pop()!
}

// A whole purchase plus the admin's confirmation: minutes on a busy two-core machine.
const JOURNEY_TIMEOUT_MS = 360_000

describe("paying for an order", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("VietQR: the confirmation shows a scannable code with the amount and reference; once the admin sees the transfer the order is paid", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone })
    const page = await context.newPage()
    await logIn(page)
    const before = await ordersOfEmail("customer@ocop.local")
    await searchAndOpenFirstProduct(page, storefrontUrl, "vi", "tra hoa vang", "pay-vietqr")
    await addToCart(page)
    await fillCheckoutUntilPayment(page, storefrontUrl, "vi", null, "pay-vietqr")
    const orderId = await placeOrderWith(page, "pp_vietqr_vietqr", "pay-vietqr")

    // The double click made one order with one payment.
    expect(await ordersOfEmail("customer@ocop.local")).toBe(before + 1)
    const placed = await paidOrder(orderId)
    expect(payments(placed)).toHaveLength(1)
    expect(payments(placed)[0]!.captured_at).toBeNull()

    const panel = page.locator("section.vietqr")
    const image = panel.locator("img.vietqr__code")
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 15_000 }).toBe(true)
    const shownAmount = digits(await panel.locator("dd.price").textContent())
    const shownReference = (await panel.locator(".vietqr__reference").textContent())?.trim() ?? ""
    expect(shownAmount).toBe(placed.total)
    expect(shownReference).toMatch(/^[A-Z0-9]{6,25}$/)
    await panel.scrollIntoViewIfNeeded()
    await screenshot(page, "pay-vietqr-confirmation-phone")
    await panel.screenshot({ path: path.join(SCREENSHOT_DIR, "pay-vietqr-panel-phone.png") })

    // What a banking app reads from the screen: a NAPAS transfer for exactly this amount and reference.
    const payload = await decodeQr(image)
    const root = tlv(payload)
    expect(root.get("00")).toBe("01")
    expect(root.get("01")).toBe("12")
    const merchant = tlv(root.get("38")!)
    expect(merchant.get("00")).toBe("A000000727")
    expect(tlv(merchant.get("01")!).get("00")).toMatch(/^\d{6}$/)
    expect(merchant.get("02")).toBe("QRIBFTTA")
    expect(root.get("53")).toBe("704")
    expect(root.get("58")).toBe("VN")
    expect(Number(root.get("54"))).toBe(placed.total)
    expect(tlv(root.get("62")!).get("08")).toBe(shownReference)
    expect(root.get("63")).toBe(crc16CcittFalse(payload.slice(0, -4)))

    await page.setViewportSize(VIEWPORTS.desktop)
    await panel.scrollIntoViewIfNeeded()
    await screenshot(page, "pay-vietqr-confirmation-desktop")
    await panel.screenshot({ path: path.join(SCREENSHOT_DIR, "pay-vietqr-panel-desktop.png") })
    // The desktop rendering still reads as the same transfer.
    expect(await decodeQr(image)).toBe(payload)

    const received = await admin(`/admin/orders/${orderId}/vietqr-received`, { method: "POST", body: {} })
    expect(received.status).toBe(200)
    const paid = await paidOrder(orderId)
    expect(payments(paid)[0]!.captured_at).not.toBeNull()
    expect(paid.payment_status).toBe("captured")

    await page.goto(`${storefrontUrl}/vi/account/orders/${orderId}`)
    await page.locator("section.vietqr--paid").waitFor({ timeout: 30_000 })
    // Paid: no code to scan any more, so nobody transfers twice.
    await expect(page.locator("img.vietqr__code").count()).resolves.toBe(0)
    await screenshot(page, "pay-vietqr-account-paid")
    await context.close()
  }, JOURNEY_TIMEOUT_MS)

  it("cash on delivery: the order is placed unpaid; the admin records the cash and the payment is captured", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop })
    const page = await context.newPage()
    const shopper = { email: "cod.payer@example.vn", name: "Nguyễn Văn Nam", phone: "0987654321", street: "8 Trần Hưng Đạo" }
    // Akoya (from 1,250,000 ₫): cash on delivery is for orders up to 5,000,000 ₫ (issue 13).
    await searchAndOpenFirstProduct(page, storefrontUrl, "vi", "ngoc trai akoya", "pay-cod")
    await addToCart(page)
    await fillCheckoutUntilPayment(page, storefrontUrl, "vi", shopper, "pay-cod")
    const orderId = await placeOrderWith(page, "pp_cod_cod", "pay-cod")
    await page.locator("main .notice").first().waitFor()
    await expect(page.locator("main").textContent()).resolves.toMatch(/₫/)
    await screenshot(page, "pay-cod-confirmation")
    expect(await ordersOfEmail(shopper.email)).toBe(1)

    const placed = await paidOrder(orderId)
    expect(payments(placed)).toHaveLength(1)
    expect(payments(placed)[0]!.provider_id).toBe("pp_cod_cod")
    expect(payments(placed)[0]!.captured_at).toBeNull()
    expect(placed.payment_status).not.toBe("captured")

    // A wrong amount is refused and changes nothing; the right one captures.
    const wrong = await admin(`/admin/orders/${orderId}/cod-collected`, { method: "POST", body: { amount_received: placed.total - 1000 } })
    expect(wrong.status).toBe(400)
    expect((await paidOrder(orderId)).payment_status).not.toBe("captured")
    const collected = await admin(`/admin/orders/${orderId}/cod-collected`, { method: "POST", body: { amount_received: placed.total } })
    expect(collected.status).toBe(200)
    const paid = await paidOrder(orderId)
    expect(paid.payment_status).toBe("captured")
    expect(payments(paid)[0]!.captured_at).not.toBeNull()
    await context.close()
  }, JOURNEY_TIMEOUT_MS)
})
