import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import { hydrated, launchBrowser, screenshot, VIEWPORTS } from "./browser"
import { adminToken } from "./journey"

// Experiences (OCOP group 6) are booked for a date and a party size instead of shipped: the
// product page asks for both, the cart and the confirmation show them, and a cart of bookings
// checks out without any delivery address or shipping method (paid by VietQR: cash on
// delivery is for delivered goods).

const storefrontUrl = inject("storefrontUrl")
const backendUrl = inject("backendUrl")

function inDays(days: number): string {
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)
  return new Date(new Date(`${today}T00:00:00Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10)
}

const shownDate = (date: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "full", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`))

// A cart of bookings has nothing to deliver: its totals and steps say so, in each language.
const NO_DELIVERY = { vi: "Không cần giao hàng", en: "Nothing to deliver" }
const CONTACT_STEP = { vi: "Thông tin liên hệ", en: "Your details" }
const COD_NOTE = { vi: "Thanh toán khi nhận hàng chỉ dành cho hàng được giao", en: "Cash on delivery" }

type Journey = { locale: "vi" | "en"; handle: string; date: string; people: number; shot: string; buyer: { email: string; name: string; phone: string } }

async function bookAndCheckOut(page: Page, j: Journey) {
  await page.goto(`${storefrontUrl}/${j.locale}/products/${j.handle}`)
  // No quantity-and-ship form for an experience: a booking form instead.
  await expect(page.locator("#add-quantity").count()).resolves.toBe(0)
  await (await hydrated(page.locator("#booking-date"))).fill(j.date)
  await page.fill("#booking-party-size", String(j.people))
  await expect.poll(() => page.locator(".booking-form__places").textContent()).toMatch(/\d/)
  await screenshot(page, `booking-${j.shot}-product`)
  await page.locator(".booking-form button[type=submit]").click()
  const problems = page.locator(".booking-form [role=alert], .booking-form .field__error")
  await expect
    .poll(async () => ((await page.locator(".booking-form .add-to-cart__status").textContent()) || (await problems.count()) ? "answered" : ""), { timeout: 60_000 })
    .toBe("answered")
  await expect(problems.allTextContents()).resolves.toEqual([])

  await page.goto(`${storefrontUrl}/${j.locale}/cart`)
  const line = page.locator(".cart-line").first()
  await expect(line.locator(".booking-summary__date").textContent()).resolves.toContain(shownDate(j.date, j.locale))
  await expect(line.locator(`input[name=partySize]`).inputValue()).resolves.toBe(String(j.people))
  await expect(page.locator(".totals").textContent()).resolves.toContain(NO_DELIVERY[j.locale])
  await screenshot(page, `booking-${j.shot}-cart`)

  await page.goto(`${storefrontUrl}/${j.locale}/checkout`)
  // Only who is coming: no commune, no street, no shipping choice.
  await page.locator("#booking-email").waitFor()
  await expect(page.locator("#checkout-commune").count()).resolves.toBe(0)
  await expect(page.locator(".checkout-progress").textContent()).resolves.toContain(CONTACT_STEP[j.locale])
  await expect(page.locator("#step-details-title").textContent()).resolves.toContain(CONTACT_STEP[j.locale])
  await page.fill("#booking-email", j.buyer.email)
  await page.fill("#booking-name", j.buyer.name)
  await page.fill("#booking-phone", j.buyer.phone)
  await screenshot(page, `booking-${j.shot}-checkout-details`)
  await page.locator(".checkout-form button[type=submit]").click()

  const vietqr = page.locator("input[name=providerId][value=pp_vietqr_vietqr]")
  await vietqr.waitFor({ timeout: 60_000 })
  await expect(page.locator("input[name=optionId]").count()).resolves.toBe(0)
  await expect(page.locator("input[name=providerId][value^=pp_cod]").count()).resolves.toBe(0)
  // …and the page says why.
  await expect(page.locator(".cod-note").textContent()).resolves.toContain(COD_NOTE[j.locale])
  await vietqr.check()
  await screenshot(page, `booking-${j.shot}-checkout-payment`)
  await page.locator(".checkout-form button[type=submit]").first().click()

  await page.waitForURL(new RegExp(`/${j.locale}/order/confirmed/`), { timeout: 90_000 })
  const main = page.locator("main")
  await expect(main.locator(".booking-summary__date").first().textContent()).resolves.toContain(shownDate(j.date, j.locale))
  await expect(main.locator(".totals").textContent()).resolves.toContain(NO_DELIVERY[j.locale])
  await screenshot(page, `booking-${j.shot}-confirmation`)
  return { orderId: new URL(page.url()).pathname.split("/").pop()!, summary: (await main.locator(".booking-summary").first().textContent()) ?? "" }
}

async function adminOrder(orderId: string) {
  const response = await fetch(`${backendUrl}/admin/orders/${orderId}?fields=id,email,*items,*shipping_address,*shipping_methods,*billing_address`, {
    headers: { authorization: `Bearer ${await adminToken(backendUrl)}` },
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { order: any }).order
}

describe("a shopper books an OCOP experience (group 6)", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("vi, phone (390 px): date and party size → checkout without a delivery address → the confirmation shows both", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone })
    const page = await context.newPage()
    const journey: Journey = {
      locale: "vi",
      handle: "du-lich-lang-que-yen-duc",
      date: inDays(14),
      people: 3,
      shot: "vi-phone",
      buyer: { email: "khach.dulich@example.vn", name: "Phạm Văn Nam", phone: "0912 345 678" },
    }
    const { orderId, summary } = await bookAndCheckOut(page, journey)
    expect(summary).toContain("3 người")
    // The page is no wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)

    const order = await adminOrder(orderId)
    expect(order.email).toBe(journey.buyer.email)
    expect(order.items[0]).toMatchObject({ quantity: 3, metadata: { experience_date: journey.date, party_size: 3 } })
    expect(order.shipping_methods ?? []).toHaveLength(0)
    // No delivery address was asked for (Medusa may still attach an empty one).
    expect(order.shipping_address?.address_1 ?? null).toBeNull()
    expect(order.billing_address).toMatchObject({ first_name: journey.buyer.name, phone: "+84912345678" })
    await context.close()
  }, 300_000)

  it("en, desktop: the pottery workshop shows its seeded capacity and books the same way", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop })
    const page = await context.newPage()
    await page.goto(`${storefrontUrl}/en/products/trai-nghiem-lam-gom-dong-trieu`)
    await expect(page.locator("#booking-party-size-hint").textContent()).resolves.toContain("Up to 12 people")
    const { summary } = await bookAndCheckOut(page, {
      locale: "en",
      handle: "trai-nghiem-lam-gom-dong-trieu",
      date: inDays(30),
      people: 2,
      shot: "en-desktop",
      buyer: { email: "visitor@example.com", name: "Alex Morgan", phone: "+84987654321" },
    })
    expect(summary).toContain("2 people")
    await context.close()
  }, 300_000)
})
