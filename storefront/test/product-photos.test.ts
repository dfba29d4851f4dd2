import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import QRCode from "qrcode"
import { launchBrowser, screenshot, VIEWPORTS } from "./browser"
import { logInAsProducer } from "./journey"

// A product's photos (issue #19): the producer adds two in the portal, writes their alt texts in
// both languages and moves one up; the product page shows every photo in that order, as WebP,
// with the page language's alt text.

const storefrontUrl = inject("storefrontUrl")
const backendUrl = inject("backendUrl")
const STEP = 300_000
const stamp = Date.now().toString(36)

/** The demo producer's token. */
async function producerToken(): Promise<string> {
  const login = await fetch(`${backendUrl}/auth/producer/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "producer@ocop.local", password: "ocop-dev-producer" }),
  })
  return ((await login.json()) as { token: string }).token
}

/** The ids of a product's photos, in order, as the photo route lists them. */
async function photoIdsOf(productId: string): Promise<string[]> {
  const res = await fetch(`${backendUrl}/producer/products/${productId}/photos`, { headers: { authorization: `Bearer ${await producerToken()}` } })
  if (!res.ok) throw new Error(`photos of ${productId}: HTTP ${res.status}`)
  return ((await res.json()) as { photos: Array<{ id: string }> }).photos.map((photo) => photo.id)
}

/** One of the demo producer's products on sale (published, with a certificate in force), with its photos' ids. */
async function productOnSale(): Promise<{ id: string; handle: string; photoIds: string[] }> {
  const res = await fetch(`${backendUrl}/producer/products?status=published&limit=50`, { headers: { authorization: `Bearer ${await producerToken()}` } })
  const { products } = (await res.json()) as { products: Array<{ id: string; handle: string; photos: unknown[]; ocop_certificate: { validity: string } | null }> }
  const product = products.find((p) => p.ocop_certificate && p.ocop_certificate.validity !== "expired" && p.photos.length <= 4)
  if (!product) throw new Error("the demo producer has no product on sale")
  return { id: product.id, handle: product.handle, photoIds: await photoIdsOf(product.id) }
}

describe("product photos", () => {
  let browser: Browser
  let page: Page
  let product: { id: string; handle: string; photoIds: string[] }

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await (await browser.newContext({ viewport: VIEWPORTS.desktop })).newPage()
    product = await productOnSale()
  }, STEP)
  afterAll(async () => {
    await browser?.close()
    // The suite's later files share this catalog: the photos added here go again.
    if (!product) return
    const headers = { authorization: `Bearer ${await producerToken()}` }
    for (const id of (await photoIdsOf(product.id)).filter((id) => !product.photoIds.includes(id))) {
      const removed = await fetch(`${backendUrl}/producer/products/${product.id}/photos/${id}`, { method: "DELETE", headers })
      expect(removed.ok).toBe(true)
    }
    expect(await photoIdsOf(product.id)).toEqual(product.photoIds)
  }, STEP)

  it(
    "adds photos in the portal, sets alt texts in both languages and reorders them; the product page follows",
    async () => {
      await logInAsProducer(page, storefrontUrl)
      await page.goto(`${storefrontUrl}/vi/producer/products/${product.id}`)
      const items = page.locator(".pp-photo")
      const before = await items.count()
      const pngs = await Promise.all(
        ["#8a3b12", "#12608a"].map((dark) => QRCode.toBuffer(`${stamp}${dark}`, { type: "png", width: 640, color: { dark } }))
      )
      await page.setInputFiles("#pp-photo-files", [
        { name: "mat-ong-1.png", mimeType: "image/png", buffer: pngs[0]! },
        { name: "mat-ong-2.png", mimeType: "image/png", buffer: pngs[1]! },
      ])
      await expect.poll(() => items.count(), { timeout: 60_000 }).toBe(before + 2)
      const last = items.nth(before + 1)
      const lastId = await last.getAttribute("data-photo-id")
      await last.locator("input[name=alt_vi]").fill(`Hũ mật ong ${stamp}`)
      await last.locator("input[name=alt_en]").fill(`A jar of honey ${stamp}`)
      await last.locator("button[type=submit]").click()
      await expect.poll(() => page.locator(".pp-photos [role=status]").textContent(), { timeout: 30_000 }).toMatch(/Đã lưu mô tả ảnh/)

      // Up to the top with the arrow buttons (each press is saved at once).
      for (let i = before + 1; i > 0; i--) {
        await page.locator(`.pp-photo:nth-child(${i + 1}) button[aria-label^="Đưa ảnh"][aria-label$="lên trước"]`).click()
        await expect.poll(() => items.nth(i - 1).getAttribute("data-photo-id"), { timeout: 30_000 }).toBe(lastId)
        await expect.poll(() => page.locator(".pp-photos [role=status]").textContent(), { timeout: 30_000 }).toMatch(/Đã lưu thứ tự mới/)
      }
      // Dragging the second photo onto the first swaps them back and forth.
      const secondId = await items.nth(1).getAttribute("data-photo-id")
      await items.nth(1).dragTo(items.nth(0))
      await expect.poll(() => items.nth(0).getAttribute("data-photo-id"), { timeout: 30_000 }).toBe(secondId)
      await expect.poll(() => page.locator(".pp-photos [role=status]").textContent(), { timeout: 30_000 }).toMatch(/Đã lưu thứ tự mới/)
      await items.nth(1).dragTo(items.nth(0))
      await expect.poll(() => items.nth(0).getAttribute("data-photo-id"), { timeout: 30_000 }).toBe(lastId)
      await expect.poll(() => page.locator(".pp-photos [role=status]").textContent(), { timeout: 30_000 }).toMatch(/Đã lưu thứ tự mới/)

      // The order is kept: a fresh load shows it.
      await page.reload()
      await expect(items.nth(0).getAttribute("data-photo-id")).resolves.toBe(lastId)
      expect(await items.count()).toBe(before + 2)
      await screenshot(page, "product-photos-portal")

      // The product page: that photo first, with the page language's alt text, served as WebP.
      for (const [locale, alt] of [["vi", `Hũ mật ong ${stamp}`], ["en", `A jar of honey ${stamp}`]] as const) {
        await expect
          .poll(
            async () => {
              await page.goto(`${storefrontUrl}/${locale}/products/${product.handle}`)
              return page.locator(".gallery__main img").getAttribute("alt")
            },
            { timeout: 60_000 }
          )
          .toBe(alt)
        expect(await page.locator(".gallery__thumb img").count()).toBe(before + 1)
        const src = await page.locator(".gallery__main img").getAttribute("src")
        const served = await page.request.get(new URL(src!, storefrontUrl).toString())
        expect(served.headers()["content-type"]).toBe("image/webp")
        await screenshot(page, `product-photos-page-${locale}`)
      }
    },
    STEP
  )
})
