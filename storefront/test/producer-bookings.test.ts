import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import { launchBrowser, screenshot, VIEWPORTS } from "./browser"
import { logInAsProducer } from "./journey"

// A producer serves a booking of its experience in the portal: the pearl-farm visit booked for
// a date by a party of adults and children appears with the date, the party by ticket type, the
// guest's name, phone and e-mail and the payment state; the producer confirms it and marks it
// visited, or cancels it with a reason; it never shows a carrier form and is not "to ship".

const storefrontUrl = inject("storefrontUrl")
const backendUrl = inject("backendUrl")
const store = { "content-type": "application/json", "x-publishable-api-key": inject("publishableKey") }
const HANDLE = "tham-quan-trang-trai-ngoc-trai-ha-long"
const GUEST = { name: "Trần Thu Hà", phone: "+84912345678", email: `khach.ngoctrai.${Date.now().toString(36)}@example.vn` }

function inDays(days: number): string {
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)
  return new Date(new Date(`${today}T00:00:00Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10)
}
const shownDate = (date: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "full", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`))

async function storeCall(path: string, body?: unknown) {
  const response = await fetch(`${backendUrl}${path}`, { method: body ? "POST" : "GET", headers: store, body: body ? JSON.stringify(body) : undefined })
  const data = (await response.json()) as any
  expect(response.status, `${path}: ${JSON.stringify(data)}`).toBe(200)
  return data
}

/** A guest books 2 adults and 2 children of the pearl-farm visit for a date, paying by VietQR (not yet received). */
async function bookPearlFarm(date: string) {
  const { regions } = await storeCall("/store/regions")
  const { products } = await storeCall(`/store/products?handle=${HANDLE}&fields=id,*variants`)
  const variants = products[0].variants as Array<{ id: string; title: string }>
  const { cart } = await storeCall("/store/carts", { region_id: regions[0].id, email: GUEST.email })
  for (const v of variants) await storeCall(`/store/carts/${cart.id}/line-items`, { variant_id: v.id, quantity: 2, metadata: { experience_date: date, party_size: 2 } })
  await storeCall(`/store/carts/${cart.id}`, { billing_address: { first_name: GUEST.name, last_name: "", phone: GUEST.phone, country_code: "vn" } })
  const { payment_collection } = await storeCall("/store/payment-collections", { cart_id: cart.id })
  await storeCall(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_vietqr_vietqr" })
  const done = await storeCall(`/store/carts/${cart.id}/complete`, {})
  expect(done.type).toBe("order")
  return { orderId: done.order.id as string, tickets: variants.map((v) => v.title) }
}


async function fitsTheWindow(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1)
}

const STEP = 300_000

describe("a producer serves an experience booking", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("vi, phone (390 px): date, party, guest and payment; no shipping form, not to ship; confirm, then mark visited", async () => {
    const date = inDays(0)
    const { orderId, tickets } = await bookPearlFarm(date)
    const context = await browser.newContext({ viewport: VIEWPORTS.phone })
    const page = await context.newPage()
    await logInAsProducer(page, storefrontUrl, "vi")
    // The dashboard does not count the booking among the orders to ship.
    await page.locator("section:has(#pp-to-ship)").waitFor()
    await expect(page.locator(`section:has(#pp-to-ship) a[href*="order-${orderId}"]`).count()).resolves.toBe(0)

    await page.goto(`${storefrontUrl}/vi/producer/orders`)
    const card = page.locator(`[id="order-${orderId}"]`)
    await card.waitFor()
    const booking = card.locator(".pp-booking")
    await expect(booking.locator(".pp-booking__date").textContent()).resolves.toContain(shownDate(date, "vi"))
    const party = (await booking.locator(".pp-booking__party").textContent()) ?? ""
    for (const ticket of tickets) expect(party).toContain(`2 × ${ticket}`)
    expect(party).toContain("4 khách")
    const guest = (await booking.locator(".pp-booking__guest").textContent()) ?? ""
    expect(guest).toContain(GUEST.name)
    expect(guest).toContain(GUEST.phone)
    expect(guest).toContain(GUEST.email)
    await expect(card.locator(".pp-payment").textContent()).resolves.toBe("Chưa thanh toán")
    await expect(card.locator(".pp-booking__state").textContent()).resolves.toBe("Chờ xác nhận")
    // Served, not shipped: no carrier form, no delivery address, no "to ship" mark.
    await expect(card.locator("input[name=carrier], input[name=tracking_number]").count()).resolves.toBe(0)
    await expect(card.textContent()).resolves.not.toContain("Giao đến")
    await expect(card.locator(".pp-order__head").textContent()).resolves.not.toContain("Cần giao")
    await fitsTheWindow(page)
    await screenshot(page, "producer-booking-vi-phone")

    await card.locator(".pp-booking__confirm button[type=submit]").click()
    await expect.poll(() => card.locator(".pp-booking__state").textContent(), { timeout: 30_000 }).toBe("Đã xác nhận")
    await card.locator(".pp-booking__visited button[type=submit]").click()
    await expect.poll(() => card.locator(".pp-booking__state").textContent(), { timeout: 30_000 }).toBe("Khách đã đến")
    await expect(card.locator(".pp-booking__actions").count()).resolves.toBe(0)
    await screenshot(page, "producer-booking-vi-phone-visited")
    await context.close()
  }, STEP)

  it("en, desktop (1280 px): a future booking cannot be marked visited yet; it is canceled with a reason and the refund rule", async () => {
    const date = inDays(20)
    const { orderId } = await bookPearlFarm(date)
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop })
    const page = await context.newPage()
    await logInAsProducer(page, storefrontUrl, "en")
    await page.goto(`${storefrontUrl}/en/producer/orders`)
    const card = page.locator(`[id="order-${orderId}"]`)
    await card.waitFor()
    await expect(card.locator(".pp-booking__date").textContent()).resolves.toContain(shownDate(date, "en"))
    await expect(card.locator(".pp-booking__party").textContent()).resolves.toContain("4 guests")
    await expect(card.locator(".pp-payment").textContent()).resolves.toBe("Not paid yet")
    await expect(card.locator("input[name=carrier]").count()).resolves.toBe(0)
    // Before the day only confirm and cancel are offered.
    await expect(card.locator(".pp-booking__visited, .pp-booking__no_show").count()).resolves.toBe(0)
    await card.locator(".pp-booking__cancel summary").click()
    await expect(card.locator(".pp-booking__cancel").textContent()).resolves.toContain("nothing is charged and the places are released")
    await card.locator(".pp-booking__cancel textarea[name=reason]").fill("Storm warning: no boats to the bay")
    await card.locator(".pp-booking__cancel button[type=submit]").click()
    await expect.poll(() => card.locator(".pp-booking__state").textContent(), { timeout: 30_000 }).toBe("Canceled")
    await expect(card.locator(".pp-booking__reason").textContent()).resolves.toContain("Storm warning: no boats to the bay")
    await fitsTheWindow(page)
    await screenshot(page, "producer-booking-en-desktop-canceled")
    await context.close()
  }, STEP)
})
