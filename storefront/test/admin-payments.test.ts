import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import { launchBrowser, screenshot, VIEWPORTS } from "./browser"
import { addToCart, adminToken, checkoutWithCashOnDelivery, fillCheckoutUntilPayment, logInToAdmin, searchAndOpenFirstProduct } from "./journey"

const storefrontUrl = inject("storefrontUrl")
const backendUrl = inject("backendUrl")

async function paymentStatus(orderId: string) {
  const response = await fetch(`${backendUrl}/admin/orders/${orderId}?fields=id,payment_status,*payment_collections.payments`, {
    headers: { authorization: `Bearer ${await adminToken(backendUrl)}` },
  })
  expect(response.status).toBe(200)
  const { order } = (await response.json()) as {
    order: { payment_status: string; payment_collections: { payments: { captured_at: string | null; data: { reference?: string } }[] }[] }
  }
  return { status: order.payment_status, payment: order.payment_collections[0]!.payments[0]! }
}

/** Opens the order in the dashboard and records the money with the OCOP payment widget's button. */
async function markPaid(page: Page, orderId: string, button: string, shot: string) {
  await page.goto(`${backendUrl}/app/orders/${orderId}`)
  const widget = page.locator("[data-testid=ocop-order-payment]")
  await widget.waitFor({ timeout: 60_000 })
  await widget.getByText("Awaiting payment").waitFor({ timeout: 30_000 })
  await widget.scrollIntoViewIfNeeded()
  await screenshot(page, `${shot}-before`)
  await widget.getByRole("button", { name: button }).click()
  // The confirmation dialog names the amount; confirming captures.
  const dialog = page.getByRole("alertdialog")
  await dialog.waitFor({ timeout: 10_000 })
  await expect(dialog.textContent()).resolves.toMatch(/₫/)
  await dialog.getByRole("button", { name: button }).click()
  await widget.getByText("Captured", { exact: true }).waitFor({ timeout: 30_000 })
  await expect(widget.getByRole("button", { name: button }).count()).resolves.toBe(0)
  await widget.scrollIntoViewIfNeeded()
  await screenshot(page, `${shot}-after`)
  return widget
}

describe("the admin records offline payments on the order page", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("marks a cash-on-delivery order's cash collected and a VietQR order's transfer received", async () => {
    const shop = await browser.newPage({ viewport: VIEWPORTS.desktop })
    // Akoya (from 1,250,000 ₫): cash on delivery is for orders up to 5,000,000 ₫ (issue 13).
    await searchAndOpenFirstProduct(shop, storefrontUrl, "vi", "ngoc trai akoya", "admin-pay-cod")
    await addToCart(shop)
    const shopper = { email: "admin.pay@example.vn", name: "Lê Thị Mai", phone: "0911222333", street: "3 Lê Thánh Tông" }
    const codOrder = await checkoutWithCashOnDelivery(shop, storefrontUrl, "vi", shopper, "admin-pay-cod")

    await searchAndOpenFirstProduct(shop, storefrontUrl, "vi", "tra hoa vang", "admin-pay-vietqr")
    await addToCart(shop)
    await fillCheckoutUntilPayment(shop, storefrontUrl, "vi", shopper, "admin-pay-vietqr")
    await shop.locator("input[name=providerId][value=pp_vietqr_vietqr]").check()
    await shop.locator(".checkout-form button[type=submit]").click()
    await shop.waitForURL(/\/order\/confirmed\//, { timeout: 60_000 })
    const vietqrOrder = new URL(shop.url()).pathname.split("/").pop()!
    await shop.close()

    expect((await paymentStatus(codOrder)).payment.captured_at).toBeNull()
    const unpaid = await paymentStatus(vietqrOrder)
    expect(unpaid.payment.captured_at).toBeNull()

    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    // The dashboard is a large bundle: on a busy machine its first load takes more than 30 s.
    page.setDefaultTimeout(120_000)
    await logInToAdmin(page, backendUrl)

    const cod = await markPaid(page, codOrder, "Mark cash collected", "admin-pay-cod-widget")
    await expect(cod.textContent()).resolves.toContain("Cash on delivery")
    const codPaid = await paymentStatus(codOrder)
    expect(codPaid.status).toBe("captured")
    expect(codPaid.payment.captured_at).not.toBeNull()

    const vietqr = await markPaid(page, vietqrOrder, "Mark transfer received", "admin-pay-vietqr-widget")
    // The admin matches the bank statement by the transfer reference the widget shows.
    expect(unpaid.payment.data.reference).toMatch(/^[A-Z0-9]+$/)
    await expect(vietqr.textContent()).resolves.toContain(unpaid.payment.data.reference!)
    const vietqrPaid = await paymentStatus(vietqrOrder)
    expect(vietqrPaid.status).toBe("captured")
    expect(vietqrPaid.payment.captured_at).not.toBeNull()
    await page.close()
  }, 720_000)
})
