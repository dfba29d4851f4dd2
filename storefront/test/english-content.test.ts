import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import { launchBrowser, screenshot, VIEWPORTS } from "./browser"
import { adminRequest, logInAsProducer } from "./journey"

// Issue #19 item 2: a producer writes a product's English texts in the portal; /en shows them. A
// product without them shows its Vietnamese texts on /en, with a note that it is not yet translated.

const storefrontUrl = inject("storefrontUrl")
const backendUrl = inject("backendUrl")
const stamp = Date.now().toString(36)
const STEP = 300_000

const admin = (path: string, init: RequestInit = {}) => adminRequest(backendUrl, path, init)

/** Creates a product through the portal's form, asks for its certificate, and has the marketplace verify it: on sale. */
async function productOnSale(page: Page, texts: Record<string, string>, decision: string): Promise<string> {
  await page.goto(`${storefrontUrl}/vi/producer/products/new`)
  for (const [id, value] of Object.entries(texts)) await page.fill(id, value)
  await page.fill("#pp-price-0", "180.000")
  await page.fill("#pp-stock-0", "5")
  await page.locator("form:has(#pp-title) button[type=submit]").click()
  await page.waitForURL(/\/vi\/producer\/products\/prod_[^/?]+\?created=1/, { timeout: 30_000 })
  const productId = new URL(page.url()).pathname.split("/").pop()!
  const d = new Date()
  d.setUTCMonth(d.getUTCMonth() - 1)
  await page.fill("#pp-cert-decision", decision)
  await page.fill("#pp-cert-date", d.toISOString().slice(0, 10))
  await page.locator("form:has(#pp-cert-decision) button[type=submit]").click()
  let request: { id: string } | undefined
  await expect
    .poll(async () => {
      const { certificates } = await admin("/admin/certificates?status=pending_verification&limit=200")
      request = certificates.find((c: any) => c.product?.id === productId)
      return !!request
    }, { timeout: 30_000, interval: 1_000 })
    .toBe(true)
  await admin(`/admin/certificates/${request!.id}/verify`, { method: "POST", body: JSON.stringify({ approved: true }) })
  const { product } = await admin(`/admin/products/${productId}?fields=handle`)
  return product.handle as string
}

describe("English product content", () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await (await browser.newContext({ viewport: VIEWPORTS.desktop })).newPage()
    await logInAsProducer(page, storefrontUrl)
  })
  afterAll(async () => {
    await browser?.close()
  }, STEP)

  it("shows a product's English texts on /en, and Vietnamese with a note when it has none", async () => {
    const english = await productOnSale(
      page,
      {
        "#pp-title": `Chè Shan tuyết ${stamp}`,
        "#pp-description": "Chè cổ thụ hái trên núi cao.",
        "#pp-title-en": `Shan tuyet tea ${stamp}`,
        "#pp-description-en": "Tea from ancient trees picked high in the mountains.",
      },
      `${(Date.now() % 90000) + 10000}/QĐ-UBND`,
    )
    const vietnamese = await productOnSale(
      page,
      { "#pp-title": `Mứt gừng ${stamp}`, "#pp-description": "Mứt gừng làm tay." },
      `${((Date.now() + 7) % 90000) + 10000}/QĐ-UBND`,
    )

    const visitor = await browser.newPage({ viewport: VIEWPORTS.desktop })
    const heading = async (handle: string) => {
      await visitor.goto(`${storefrontUrl}/en/products/${handle}`)
      return visitor.locator("h1").first().textContent()
    }
    await expect.poll(() => heading(english), { timeout: 60_000, interval: 2_000 }).toBe(`Shan tuyet tea ${stamp}`)
    await expect(visitor.locator("main").textContent()).resolves.toContain("Tea from ancient trees picked high in the mountains.")
    expect(await visitor.locator(".product-page__untranslated").count()).toBe(0)
    // The Vietnamese site keeps the Vietnamese texts.
    await visitor.goto(`${storefrontUrl}/vi/products/${english}`)
    await expect(visitor.locator("h1").first().textContent()).resolves.toBe(`Chè Shan tuyết ${stamp}`)

    await expect.poll(() => heading(vietnamese), { timeout: 60_000, interval: 2_000 }).toBe(`Mứt gừng ${stamp}`)
    await expect(visitor.locator(".product-page__untranslated").textContent()).resolves.toBe("Not yet translated — shown in Vietnamese")
    await screenshot(visitor, "en-untranslated-product")
  }, STEP)
})
