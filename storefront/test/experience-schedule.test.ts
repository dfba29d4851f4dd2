import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser } from "playwright-core"
import { hydrated, launchBrowser, screenshot, VIEWPORTS } from "./browser"
import { logInAsProducer } from "./journey"

// An experience's booking calendar (issue #19): the producer gives the pearl-farm visit two times
// of day (08:00 with 3 places, 14:00 with 10) and a day off in the portal; the shop's booking form
// then shows the day off as closed and the times with their places, a full time cannot be chosen,
// and the buyer books 14:00. The calendar is removed afterwards: later files share the demo catalog.

const storefrontUrl = inject("storefrontUrl")
const backendUrl = inject("backendUrl")
const store = { "content-type": "application/json", "x-publishable-api-key": inject("publishableKey") }
const HANDLE = "tham-quan-trang-trai-ngoc-trai-ha-long"

function inDays(days: number): string {
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)
  return new Date(new Date(`${today}T00:00:00Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10)
}
const DAY = inDays(3)
const DAY_OFF = inDays(4)

async function storeCall(path: string, body?: unknown) {
  const response = await fetch(`${backendUrl}${path}`, { method: body ? "POST" : "GET", headers: store, body: body ? JSON.stringify(body) : undefined })
  const data = (await response.json()) as any
  expect(response.status, `${path}: ${JSON.stringify(data)}`).toBe(200)
  return data
}

async function producerToken() {
  const response = await fetch(`${backendUrl}/auth/producer/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "producer@ocop.local", password: "ocop-dev-producer" }),
  })
  return ((await response.json()) as { token: string }).token
}

/** Another guest takes every place at 08:00 through the store API (3 people, paid by VietQR later). */
async function fillEightOClock(variantId: string) {
  const { regions } = await storeCall("/store/regions")
  const { cart } = await storeCall("/store/carts", { region_id: regions[0].id, email: "doan.khach@example.vn" })
  await storeCall(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 3, metadata: { experience_date: DAY, experience_slot: "08:00", party_size: 3 } })
  await storeCall(`/store/carts/${cart.id}`, { billing_address: { first_name: "Đoàn khách", last_name: "", phone: "+84912345678", country_code: "vn" } })
  const { payment_collection } = await storeCall("/store/payment-collections", { cart_id: cart.id })
  await storeCall(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_vietqr_vietqr" })
  expect((await storeCall(`/store/carts/${cart.id}/complete`, {})).type).toBe("order")
}

describe("a producer sets an experience's times and days off; a buyer books a time", () => {
  let browser: Browser
  let product: { id: string; variants: Array<{ id: string }> }
  beforeAll(async () => {
    browser = await launchBrowser()
    product = (await storeCall(`/store/products?handle=${HANDLE}&fields=id,*variants`)).products[0]
  })
  afterAll(async () => {
    await browser?.close()
    // Back to the seeded capacity per date for the suite's later files.
    if (product) {
      await fetch(`${backendUrl}/producer/products/${product.id}/schedule`, { method: "DELETE", headers: { authorization: `Bearer ${await producerToken()}` } })
    }
  })

  it("vi portal: times 08:00 (3) and 14:00 (10), a day off → en shop: the day off is closed, 08:00 full, 14:00 booked", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop })
    const page = await context.newPage()
    await logInAsProducer(page, storefrontUrl, "vi")
    await page.goto(`${storefrontUrl}/vi/producer/products/${product.id}`)
    const panel = page.locator(".pp-panel--schedule")
    await panel.waitFor()
    await expect(panel.locator("h2").textContent()).resolves.toBe("Lịch đặt chỗ")
    await panel.locator("#pp-sched-capacity").fill("30")
    await panel.locator("#pp-sched-notice").fill("0")
    // A time typed twice is refused in the producer's language before anything is saved.
    for (let i = 0; i < 2; i++) await panel.locator(".pp-schedule__add-slots").click()
    await panel.locator("#pp-slot-time-0").fill("08:00")
    await panel.locator("#pp-slot-capacity-0").fill("3")
    await panel.locator("#pp-slot-time-1").fill("08:00")
    await panel.locator("#pp-slot-capacity-1").fill("10")
    await panel.locator(".pp-schedule__form button[type=submit]").click()
    await expect.poll(() => panel.locator(".pp-schedule__form [role=alert]").textContent(), { timeout: 30_000 }).toContain("08:00 bị ghi hai lần")
    await panel.locator("#pp-slot-time-1").fill("14:00")
    await panel.locator(".pp-schedule__add-days-off").click()
    await panel.locator("#pp-day-off-0").fill(DAY_OFF)
    await screenshot(page, "experience-schedule-vi-portal")
    await panel.locator(".pp-schedule__form button[type=submit]").click()
    await expect.poll(() => panel.locator(".pp-schedule__form [role=status]").textContent(), { timeout: 30_000 }).toContain("Đã lưu lịch")

    // Saved as a calendar of its own, and the store follows it at once.
    const { dates } = await storeCall(`/store/experiences/${product.id}/availability?from=${DAY}&to=${DAY_OFF}`)
    expect(dates[0].slots.map((s: { time: string; capacity: number }) => `${s.time}/${s.capacity}`)).toEqual(["08:00/3", "14:00/10"])
    expect(dates[1].closed).toBe("day_off")
    await fillEightOClock(product.variants[0]!.id)
    await context.close()

    const shop = await browser.newContext({ viewport: VIEWPORTS.phone })
    const buyer = await shop.newPage()
    await buyer.goto(`${storefrontUrl}/en/products/${HANDLE}`)
    await (await hydrated(buyer.locator("#booking-date"))).fill(DAY_OFF)
    await expect.poll(() => buyer.locator(".booking-form__closed").textContent()).toContain("a day off")
    await expect(buyer.locator(".booking-form__days-off").textContent()).resolves.toContain("Days off")
    await buyer.locator("#booking-date").fill(DAY)
    const eight = buyer.locator(".booking-form__slot:has(input[value='08:00'])")
    const two = buyer.locator(".booking-form__slot:has(input[value='14:00'])")
    await expect.poll(() => eight.textContent()).toContain("08:00 – full")
    await expect(eight.locator("input").isDisabled()).resolves.toBe(true)
    await expect(two.textContent()).resolves.toContain("10 places left")
    await two.locator("input").check()
    await buyer.fill("#booking-party-size", "2")
    await screenshot(buyer, "experience-schedule-en-booking")
    await buyer.locator(".booking-form button[type=submit]").click()
    await expect.poll(() => buyer.locator(".booking-form .add-to-cart__status").textContent(), { timeout: 60_000 }).toContain("added")
    await expect(buyer.locator(".booking-form [role=alert], .booking-form .field__error").count()).resolves.toBe(0)

    await buyer.goto(`${storefrontUrl}/en/cart`)
    const line = buyer.locator(".cart-line").first()
    await expect(line.locator(".booking-summary__time").textContent()).resolves.toBe("Time: 14:00")
    await expect(line.locator("input[name=partySize]").inputValue()).resolves.toBe("2")
    await screenshot(buyer, "experience-schedule-en-cart")
    await shop.close()
  }, 300_000)
})
