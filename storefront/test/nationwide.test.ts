import { gzipSync } from "node:zlib"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import { launchBrowser, screenshot, VIEWPORTS } from "./browser"
import { parcelRate, type ShippingZone } from "@ocop/core/dist/server"
import { addToCart, adminRequest, adminToken, checkoutWithCashOnDelivery, fillCheckoutUntilPayment, openCheckoutRecordingPlaces, searchAndOpenFirstProduct, type Shopper } from "./journey"

// Buyers anywhere in Vietnam (issue 13): province first, then its communes, loaded when the
// province is chosen, found without accents or by the names they had before 1 July 2025;
// every order's address carries the official codes; phones from any country.

const storefrontUrl = inject("storefrontUrl")
const backendUrl = inject("backendUrl")

type Buyer = Shopper & { provinceCode: string; search: string; communeCode: string }

async function orderAddress(orderId: string) {
  const response = await fetch(`${backendUrl}/admin/orders/${orderId}?fields=id,*shipping_address`, {
    headers: { authorization: `Bearer ${await adminToken(backendUrl)}` },
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { order: { shipping_address: Record<string, unknown> } }).order.shipping_address
}

type Parcel = { zone: ShippingZone; weight_g: number; cod_fee: number; amount: number }

/**
 * The order's shipping: the table's rate of each parcel (at the chosen speed), plus the carrier's
 * cash-on-delivery fee when paid in cash (the storefront prices the method with the payment).
 */
async function expectShippingPaidAs(orderId: string, payment: "cod" | "prepaid") {
  const { order } = await adminRequest(backendUrl, `/admin/orders/${orderId}?fields=id,shipping_total,*shipping_methods`)
  const [method] = order.shipping_methods as Array<{ data: { payment: string; speed: "standard" | "express"; parcels: Parcel[] } }>
  expect(method!.data.payment).toBe(payment)
  const parcels = method!.data.parcels
  expect(parcels.length).toBeGreaterThan(0)
  for (const p of parcels) {
    if (payment === "cod") expect(p.cod_fee).toBeGreaterThan(0)
    else expect(p.cod_fee).toBe(0)
    expect(p.amount).toBe(parcelRate(p.zone, p.weight_g, method!.data.speed) + p.cod_fee)
  }
  expect(order.shipping_total).toBe(parcels.reduce((sum, p) => sum + p.amount, 0))
}

/** Chooses a province and waits for its communes to arrive. */
async function chooseProvince(page: Page, code: string, someCommune: string) {
  await page.selectOption("#checkout-province", code)
  await page.locator(`#checkout-commune option[value="${someCommune}"]`).waitFor({ state: "attached", timeout: 15_000 })
}

/** Types in the commune search and answers the first result's text. */
async function searchCommune(page: Page, text: string) {
  await page.fill("#checkout-commune-search", text)
  const first = page.locator(".place-search__result").first()
  await first.waitFor({ timeout: 10_000 })
  return (await first.textContent()) ?? ""
}

/** A cash-on-delivery checkout whose commune is found with the search box. */
async function checkoutWithCod(page: Page, locale: string, buyer: Buyer, shot: string) {
  const choosePlace = async (p: Page) => {
    await chooseProvince(p, buyer.provinceCode, buyer.communeCode)
    await searchCommune(p, buyer.search)
    await p.locator(".place-search__result").first().click()
    await expect(p.locator("#checkout-commune").inputValue()).resolves.toBe(buyer.communeCode)
  }
  return checkoutWithCashOnDelivery(page, storefrontUrl, locale, buyer, shot, choosePlace)
}

describe("buying from anywhere in Vietnam", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("vi, phone: a buyer in Hà Nội (phường Ba Đình, found as “truc bach”) pays cash on delivery; the order has the official codes", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone })
    const page = await context.newPage()
    await searchAndOpenFirstProduct(page, storefrontUrl, "vi", "tra hoa vang", "hanoi")
    await addToCart(page)

    // The checkout's first load: its scripts stay within 180 KB gzipped, and carry no list of
    // the country's communes (Hà Nội's old ward Trúc Bạch appears in none of them).
    const scripts: Buffer[] = []
    const loaded: Promise<void>[] = []
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") loaded.push(response.body().then((body) => void scripts.push(body)).catch(() => undefined))
    })
    const placeRequests = await openCheckoutRecordingPlaces(page, storefrontUrl, "vi")
    await Promise.all(loaded)
    const gzipped = scripts.reduce((sum, body) => sum + gzipSync(body).length, 0)
    console.log(`checkout first-load JavaScript: ${scripts.length} files, ${(gzipped / 1024).toFixed(1)} KB gzipped`)
    expect(scripts.length).toBeGreaterThan(0)
    expect(gzipped).toBeLessThanOrEqual(180 * 1024)
    expect(scripts.some((body) => body.toString("utf8").includes("Trúc Bạch"))).toBe(false)
    expect(placeRequests).toEqual([])

    const orderId = await checkoutWithCod(page, "vi", {
      email: "khach.hanoi@example.vn",
      name: "Nguyễn Văn Hà",
      phone: "0912 345 678",
      street: "12 Phố Quán Thánh",
      provinceCode: "01",
      search: "truc bach",
      communeCode: "00004",
    }, "hanoi")
    // Only Hà Nội's communes came, when it was chosen.
    expect(placeRequests).toEqual(["/api/places/01"])
    await expect(page.locator("main").textContent()).resolves.toContain("Ba Đình")

    const address = await orderAddress(orderId)
    expect(address).toMatchObject({
      province: "Hà Nội",
      city: "Ba Đình",
      phone: "+84912345678",
      metadata: expect.objectContaining({ province_code: "01", commune_code: "00004" }),
    })
    await expectShippingPaidAs(orderId, "cod")
    await context.close()
  })

  it("vi, desktop: a buyer in TP Hồ Chí Minh (phường Sài Gòn, typed without accents) pays cash on delivery", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop })
    const page = await context.newPage()
    await searchAndOpenFirstProduct(page, storefrontUrl, "vi", "ngoc trai akoya", "saigon")
    await addToCart(page)
    const orderId = await checkoutWithCod(page, "vi", {
      email: "khach.saigon@example.vn",
      name: "Lê Thị Thu",
      phone: "0987654321",
      street: "45 Lê Lợi",
      provinceCode: "79",
      search: "sai gon",
      communeCode: "26740",
    }, "saigon")
    const address = await orderAddress(orderId)
    expect(address).toMatchObject({
      province: "Hồ Chí Minh",
      city: "Sài Gòn",
      metadata: expect.objectContaining({ province_code: "79", commune_code: "26740" }),
    })
    await context.close()
  })

  it("old names find the current unit and say what it was, in both languages; form errors name the field", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop })
    const page = await context.newPage()
    await searchAndOpenFirstProduct(page, storefrontUrl, "en", "ngoc trai", "places-en")
    await addToCart(page)

    await page.goto(`${storefrontUrl}/vi/checkout`)
    await chooseProvince(page, "22", "06979")
    const dapThanh = await searchCommune(page, "dap thanh")
    expect(dapThanh).toContain("Kỳ Thượng")
    expect(dapThanh).toContain("trước đây: xã Đạp Thanh, huyện Ba Chẽ")
    await chooseProvince(page, "01", "00004")
    expect(await searchCommune(page, "truc bach")).toMatch(/Phường Ba Đình.*trước đây: phường Trúc Bạch, quận Ba Đình/)
    await screenshot(page, "places-search-vi")

    await page.goto(`${storefrontUrl}/en/checkout`)
    await chooseProvince(page, "01", "00004")
    expect(await searchCommune(page, "truc bach")).toMatch(/Ba Đình ward.*formerly Trúc Bạch ward, Ba Đình district/)

    // A province but no commune, and a phone that is not a number: each error under its field.
    await page.fill("#checkout-email", "visitor@example.com")
    await page.fill("#checkout-name", "Alex Morgan")
    await page.fill("#checkout-phone", "call me")
    await page.fill("#checkout-street", "Old Quarter Hotel")
    await page.locator(".checkout-form button[type=submit]").click()
    await page.locator("#checkout-commune-error").waitFor({ timeout: 30_000 })
    await expect(page.locator("#checkout-commune-error").textContent()).resolves.toMatch(/ward, commune or special zone/)
    await expect(page.locator("#checkout-phone-error").textContent()).resolves.toMatch(/phone number is not valid/)
    // What was chosen stays chosen.
    await expect(page.locator("#checkout-province").inputValue()).resolves.toBe("01")
    await screenshot(page, "places-errors-en")

    // A visitor's British number is accepted and kept in E.164.
    await page.fill("#checkout-phone", "+44 7700 900123")
    await chooseProvince(page, "01", "00004")
    await page.selectOption("#checkout-commune", "00004")
    await page.locator(".checkout-form button[type=submit]").click()
    await page.locator("input[name=optionId]").first().waitFor({ timeout: 30_000 })
    await expect(page.locator(".address-block").textContent()).resolves.toContain("+44 7700 900123")
    await context.close()
  })

  it("en: a visitor with a British number is not offered cash on delivery, is told why, and pays by VietQR", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone })
    const page = await context.newPage()
    await searchAndOpenFirstProduct(page, storefrontUrl, "en", "mien dong binh lieu", "visitor")
    await addToCart(page)
    const visitor = { email: "visitor.uk@example.com", name: "Alex Morgan", phone: "+44 7700 900123", street: "Tuan Chau Marina, cabin 12" }
    await fillCheckoutUntilPayment(page, storefrontUrl, "en", visitor, "visitor")
    await expect(page.locator(".cod-refused").textContent()).resolves.toMatch(/not offered for a foreign phone number/)
    await expect(page.locator("input[name=providerId][value^=pp_cod]").count()).resolves.toBe(0)
    await page.locator("input[name=providerId][value=pp_vietqr_vietqr]").check()
    await page.locator(".checkout-form button[type=submit]").click()
    await page.waitForURL(/\/en\/order\/confirmed\//, { timeout: 60_000 })
    await screenshot(page, "visitor-vietqr-confirmation")
    const orderId = new URL(page.url()).pathname.split("/").pop()!
    const address = await orderAddress(orderId)
    expect(address).toMatchObject({ phone: "+447700900123", province: "Quảng Ninh", metadata: expect.objectContaining({ province_code: "22" }) })
    await expectShippingPaidAs(orderId, "prepaid")
    await context.close()
  })
})
