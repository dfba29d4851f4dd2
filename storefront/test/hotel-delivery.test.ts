import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser } from "playwright-core"
import { launchBrowser, screenshot, VIEWPORTS } from "./browser"
import { addToCart, adminRequest, searchAndOpenFirstProduct } from "./journey"

// Delivery to a hotel or cruise (issue #13, item 5): from /en, a visitor with a British number
// has the order delivered to the demo partner HALONGBAY's cruise marina (the seed has it accept
// deliveries), pays by VietQR, and the partner sees the delivery for its guest in its portal.

const storefrontUrl = inject("storefrontUrl")
const backendUrl = inject("backendUrl")
const PARTNER = { email: "partner@ocop.local", password: "ocop-dev-partner", code: "HALONGBAY" }

/** The demo partner's id and stored setting, asked of the partner API as the partner. */
async function demoPartner() {
  const login = await fetch(`${backendUrl}/auth/partner/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: PARTNER.email, password: PARTNER.password }),
  })
  expect(login.status).toBe(200)
  const { token } = (await login.json()) as { token: string }
  const response = await fetch(`${backendUrl}/partner/me`, { headers: { authorization: `Bearer ${token}` } })
  expect(response.status).toBe(200)
  return ((await response.json()) as { partner: { id: string; display_name: string; referral_code: string } }).partner
}

describe("delivery to a hotel or cruise", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("en, phone: a +44 visitor has the order delivered to HALONGBAY's cruise, pays by VietQR; the partner sees it", async () => {
    const partner = await demoPartner()
    expect(partner.referral_code).toBe(PARTNER.code)

    const context = await browser.newContext({ viewport: VIEWPORTS.phone })
    const page = await context.newPage()
    await searchAndOpenFirstProduct(page, storefrontUrl, "en", "ngoc trai akoya", "hotel")
    await addToCart(page)
    await page.goto(`${storefrontUrl}/en/checkout`)
    await page.fill("#checkout-email", "visitor.cruise@example.com")
    await page.fill("#checkout-name", "Alex Morgan")
    await page.fill("#checkout-phone", "+44 7700 900123")

    // The delivery step: "my hotel or cruise" instead of an address; the partners come with the page.
    await page.locator("input[name=deliverTo][value=partner]").check()
    await page.locator("#checkout-partner").waitFor({ timeout: 30_000 })
    await expect(page.locator("#checkout-province").count()).resolves.toBe(0)
    const choice = page.locator(`#checkout-partner option[value="${partner.id}"]`)
    await expect(choice.textContent()).resolves.toContain("Tuần Châu")
    // Only public data: no phone or e-mail of the partner in the page.
    await expect(page.locator("main").textContent()).resolves.not.toMatch(/partner@ocop\.local|3800 000|\+842033800000/)
    await page.selectOption("#checkout-partner", partner.id)
    await page.fill("#checkout-room", "Cabin 12")
    await screenshot(page, "hotel-checkout-delivery-en-390")
    await page.locator(".checkout-form button[type=submit]").click()

    // Priced to the partner's address: the summary shows it with the guest's room.
    await page.locator("input[name=optionId]").first().waitFor({ timeout: 30_000 })
    const summary = (await page.locator(".address-block").textContent()) ?? ""
    expect(summary).toContain("Bến du thuyền Quốc tế Tuần Châu")
    expect(summary).toContain("Cabin 12")
    expect(summary).toContain("+44 7700 900123")
    await screenshot(page, "hotel-checkout-shipping-en-390")
    await page.locator("input[name=optionId]").first().check()
    await page.locator(".checkout-form button[type=submit]").click()

    // A foreign number is not offered cash on delivery: VietQR.
    await page.locator("input[name=providerId]").first().waitFor({ timeout: 30_000 })
    await expect(page.locator("input[name=providerId][value^=pp_cod]").count()).resolves.toBe(0)
    await page.locator("input[name=providerId][value=pp_vietqr_vietqr]").check()
    await page.locator(".checkout-form button[type=submit]").click()
    await page.waitForURL(/\/en\/order\/confirmed\//, { timeout: 60_000 })
    await screenshot(page, "hotel-confirmation-en-390")
    const orderId = new URL(page.url()).pathname.split("/").pop()!

    const { order } = await adminRequest(backendUrl, `/admin/orders/${orderId}?fields=id,display_id,*shipping_address,*payment_collections.payment_sessions`)
    expect(order.shipping_address).toMatchObject({
      first_name: "Alex Morgan",
      phone: "+447700900123",
      company: partner.display_name,
      address_2: "Cabin 12",
      province: "Quảng Ninh",
      city: "Tuần Châu",
      metadata: expect.objectContaining({ province_code: "22", commune_code: "06706", partner_id: partner.id, room: "Cabin 12" }),
    })
    const sessions = order.payment_collections.flatMap((c: { payment_sessions: { provider_id: string }[] }) => c.payment_sessions)
    expect(sessions.map((s: { provider_id: string }) => s.provider_id)).toContain("pp_vietqr_vietqr")

    // The partner's portal lists the delivery for its guest.
    const portal = await browser.newContext({ viewport: VIEWPORTS.phone })
    const partnerPage = await portal.newPage()
    await partnerPage.goto(`${storefrontUrl}/en/partner`)
    await partnerPage.fill("#partner-login-email", PARTNER.email)
    await partnerPage.fill("#partner-login-password", PARTNER.password)
    await partnerPage.locator("form:has(#partner-login-email) button[type=submit]").click()
    await expect.poll(() => partnerPage.locator("[data-testid=referral-code]").textContent(), { timeout: 30_000 }).toBe(PARTNER.code)
    await partnerPage.goto(`${storefrontUrl}/en/partner/guests`)
    await expect(partnerPage.locator("#guest-accepts").isChecked()).resolves.toBe(true)
    const row = partnerPage.locator(`tr[data-order-id="${orderId}"]`)
    await row.waitFor({ timeout: 30_000 })
    const text = (await row.textContent()) ?? ""
    expect(text).toContain(`#${order.display_id}`)
    expect(text).toContain("Alex Morgan")
    expect(text).toContain("Cabin 12")
    expect(text).toMatch(/1 parcel/)
    expect(text).toContain("Being prepared")
    await screenshot(partnerPage, "hotel-partner-guests-en-390")
    await portal.close()
    await context.close()
  }, 300_000)
})
