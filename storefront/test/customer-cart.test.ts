import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import { launchBrowser, screenshot, VIEWPORTS } from "./browser"
import { addToCart } from "./journey"

// The cart follows the customer: logging out and in again brings back the same cart, a phone and
// a desktop share it, and a cart filled as a guest is merged in at login without losing or
// doubling lines.

const storefrontUrl = inject("storefrontUrl")
const backendUrl = inject("backendUrl")
const EMAIL = `gio.hang.${Date.now().toString(36)}@example.vn`
const PASSWORD = "mat-khau-gio-hang"

async function registerCustomer() {
  const registered = await fetch(`${backendUrl}/auth/customer/emailpass/register`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  })
  const { token } = (await registered.json()) as { token: string }
  const created = await fetch(`${backendUrl}/store/customers`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": inject("publishableKey"), authorization: `Bearer ${token}` },
    body: JSON.stringify({ email: EMAIL, first_name: "Giỏ", last_name: "Hàng" }),
  })
  expect(created.status).toBe(200)
}

async function add(page: Page, handle: string) {
  await page.goto(`${storefrontUrl}/vi/products/${handle}`)
  await addToCart(page)
}

async function logIn(page: Page) {
  await page.goto(`${storefrontUrl}/vi/account`)
  await page.fill("#login-email", EMAIL)
  await page.fill("#login-password", PASSWORD)
  await page.locator("form:has(#login-email) button[type=submit]").click()
  await page.locator("main button:has-text('Đăng xuất')").waitFor({ timeout: 30_000 })
}

async function logOut(page: Page) {
  await page.goto(`${storefrontUrl}/vi/account`)
  await page.locator("main button:has-text('Đăng xuất')").click()
  await page.locator("#login-email").waitFor({ timeout: 30_000 })
}

/** The cart page's lines as [title, quantity], sorted. */
async function cartLines(page: Page): Promise<Array<[string, string]>> {
  await page.goto(`${storefrontUrl}/vi/cart`)
  await page.locator("main h1").waitFor()
  const lines = page.locator(".cart-line")
  const out: Array<[string, string]> = []
  for (let i = 0; i < (await lines.count()); i++) {
    const line = lines.nth(i)
    out.push([((await line.locator(".cart-line__title").textContent()) ?? "").trim(), await line.locator("input[name=quantity]").inputValue()])
  }
  return out.sort()
}

const STEP = 300_000

describe("the cart follows the customer", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
    await registerCustomer()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("phone: log out and in, the cart is intact; a guest cart merges in without doubling; a desktop shares the cart", async () => {
    const phone = await (await browser.newContext({ viewport: VIEWPORTS.phone })).newPage()
    await add(phone, "tra-hoa-vang-ba-che")
    await add(phone, "mien-dong-binh-lieu")
    const asGuest = await cartLines(phone)
    expect(asGuest).toHaveLength(2)

    await logIn(phone)
    expect(await cartLines(phone)).toEqual(asGuest)
    await logOut(phone)
    // Logged out, this browser no longer shows the customer's cart…
    expect(await cartLines(phone)).toEqual([])
    // …and logging in brings it back whole.
    await logIn(phone)
    expect(await cartLines(phone)).toEqual(asGuest)
    await screenshot(phone, "customer-cart-phone-restored")

    // As a guest again: one product already in the kept cart and one new one.
    await logOut(phone)
    await add(phone, "tra-hoa-vang-ba-che")
    await add(phone, "nam-kim-cham")
    await logIn(phone)
    const merged = await cartLines(phone)
    expect(merged).toHaveLength(3)
    // The tea was in both carts once: still one piece, not two.
    expect(merged.filter(([title]) => asGuest.some(([kept]) => kept === title))).toEqual(asGuest)
    for (const [, quantity] of merged) expect(quantity).toBe("1")
    await screenshot(phone, "customer-cart-phone-merged")

    // Another device: the desktop finds the same cart at login.
    const desktop = await (await browser.newContext({ viewport: VIEWPORTS.desktop })).newPage()
    expect(await cartLines(desktop)).toEqual([])
    await logIn(desktop)
    expect(await cartLines(desktop)).toEqual(merged)
    await screenshot(desktop, "customer-cart-desktop")
  }, STEP)
})
