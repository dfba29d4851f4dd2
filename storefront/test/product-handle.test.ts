import { afterAll, beforeAll, expect, inject, it } from "vitest"
import type { Browser } from "playwright-core"
import { launchBrowser, VIEWPORTS } from "./browser"
import { adminToken } from "./journey"

// A product whose handle has Vietnamese letters: Medusa makes one from the title when an admin
// leaves the handle empty ("Bánh giò" → "bánh-giò"). Browsers send it percent-encoded, and the
// cached product page got it that way: it answered 404 (found by bench:load's warm-up, 2026-12-04).

const storefrontUrl = inject("storefrontUrl")
const backendUrl = inject("backendUrl")
const ACCENTED = "bánh-giò-tiên-yên"

let browser: Browser
let headers: Record<string, string>
let product: { id: string; handle: string; variants: { id: string }[] }

beforeAll(async () => {
  browser = await launchBrowser()
  headers = { authorization: `Bearer ${await adminToken(backendUrl)}`, "content-type": "application/json" }
  const { products } = await (await fetch(`${backendUrl}/admin/products?handle=banh-gio-tien-yen&fields=id,handle,variants.id`, { headers })).json()
  product = products[0]
  const renamed = await fetch(`${backendUrl}/admin/products/${product.id}`, { method: "POST", headers, body: JSON.stringify({ handle: ACCENTED }) })
  expect(renamed.status).toBe(200)
})
afterAll(async () => {
  await fetch(`${backendUrl}/admin/products/${product.id}`, { method: "POST", headers, body: JSON.stringify({ handle: product.handle }) })
  await browser?.close()
})

it("a product whose handle has Vietnamese letters opens, and so does its variant's page", async () => {
  const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
  for (const url of [`${storefrontUrl}/vi/products/${ACCENTED}`, `${storefrontUrl}/vi/products/${ACCENTED}?variant=${product.variants[0]!.id}`]) {
    // The new handle reaches the storefront's cache within 2 s (the backend's revalidation).
    await expect.poll(async () => (await page.goto(url))?.status(), { timeout: 10_000 }).toBe(200)
    expect(await page.locator("h1").first().textContent()).toMatch(/Bánh gi. Tiên Yên/)
    expect(await page.locator(".add-to-cart__button").count()).toBe(1)
  }
  await page.close()
})
