// The shopper's path through the real storefront, shared by the Vietnamese and English tests.
import { expect } from "vitest"
import type { Page } from "playwright-core"
import { screenshot } from "./browser"

export type Shopper = { email: string; name: string; phone: string; street: string }

export async function searchAndOpenFirstProduct(page: Page, storefrontUrl: string, locale: string, query: string, shot: string) {
  await page.goto(`${storefrontUrl}/${locale}/search?q=${encodeURIComponent(query)}`)
  await screenshot(page, `${shot}-search`)
  const first = page.locator(".product-card__link").first()
  const title = (await first.textContent())?.trim() ?? ""
  await first.click()
  await page.waitForURL(new RegExp(`/${locale}/products/`))
  await screenshot(page, `${shot}-product`)
  return title
}

export async function addToCart(page: Page) {
  await page.locator(".add-to-cart__button").click()
  await expect.poll(() => page.locator(".add-to-cart__status").textContent(), { timeout: 20_000 }).not.toBe("")
}

/** Fills the three checkout steps and places the order; returns the order id. */
export async function checkoutWithCashOnDelivery(page: Page, storefrontUrl: string, locale: string, shopper: Shopper | null, shot: string) {
  await page.goto(`${storefrontUrl}/${locale}/checkout`)
  if (shopper) {
    await page.fill("#checkout-email", shopper.email)
    await page.fill("#checkout-name", shopper.name)
    await page.fill("#checkout-phone", shopper.phone)
  }
  await page.selectOption("#checkout-commune", { index: 1 })
  await page.fill("#checkout-street", shopper?.street ?? "12 Hạ Long")
  await screenshot(page, `${shot}-checkout-details`)
  await page.locator(".checkout-form button[type=submit]").click()

  await page.locator("input[name=optionId]").first().waitFor({ timeout: 30_000 })
  await page.locator("input[name=optionId]").first().check()
  await screenshot(page, `${shot}-checkout-shipping`)
  await page.locator(".checkout-form button[type=submit]").click()

  const cod = page.locator("input[name=providerId][value^=pp_cod], input[name=providerId][value=pp_system_default]").first()
  await cod.waitFor({ timeout: 30_000 })
  await cod.check()
  await screenshot(page, `${shot}-checkout-payment`)
  await page.locator(".checkout-form button[type=submit]").click()

  await page.waitForURL(new RegExp(`/${locale}/order/confirmed/`), { timeout: 60_000 })
  await screenshot(page, `${shot}-confirmation`)
  return new URL(page.url()).pathname.split("/").pop()!
}

export async function adminToken(backendUrl: string) {
  const response = await fetch(`${backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@ocop.local", password: "ocop-dev-admin" }),
  })
  const { token } = (await response.json()) as { token: string }
  return token
}

export async function adminOrder(backendUrl: string, orderId: string) {
  const response = await fetch(`${backendUrl}/admin/orders/${orderId}?fields=id,email,total,currency_code,*items,*shipping_address`, {
    headers: { authorization: `Bearer ${await adminToken(backendUrl)}` },
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { order: AdminOrder }).order
}

type AdminOrder = {
  id: string
  email: string
  total: number
  currency_code: string
  items: { title: string; product_title: string }[]
  shipping_address: { phone: string }
}
