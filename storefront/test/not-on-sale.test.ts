import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser } from "playwright-core"
import { launchBrowser, screenshot, VIEWPORTS } from "./browser"

const storefrontUrl = inject("storefrontUrl")

// The seed's "Rượu mơ Yên Tử" has a certificate that is no longer in force (decision 2145/QĐ-UBND
// of 12/07/2023, sample data): it is not on sale, but labels and QR stamps printed for it point at
// its page, which must keep answering and say why.
const EXPIRED = "ruou-mo-yen-tu"

describe("the page of a product that is not on sale, in a real browser", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("answers 200, noindex, says why, offers certified products of the same group and no add-to-cart (vi)", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone })
    const response = await page.goto(`${storefrontUrl}/vi/products/${EXPIRED}`)
    expect(response?.status()).toBe(200)
    expect(await page.locator('meta[name="robots"]').getAttribute("content")).toMatch(/noindex/)
    await expect(page.locator("h1").textContent()).resolves.toBe("Rượu mơ Yên Tử")
    await expect(page.locator(".not-on-sale__title").textContent()).resolves.toBe("Sản phẩm này hiện không bán")
    await expect(page.locator(".not-on-sale__reason").textContent()).resolves.toBe(
      "Chứng nhận OCOP hết hạn ngày 12 tháng 7, 2026; sản phẩm chưa được đánh giá lại.",
    )
    expect(await page.getByRole("button", { name: /Thêm vào giỏ/ }).count()).toBe(0)

    await expect(page.locator("#alternatives-title").textContent()).resolves.toBe("Sản phẩm OCOP cùng nhóm Đồ uống đang bán")
    const alternatives = page.locator(".product-page__alternatives .product-grid > li")
    expect(await alternatives.count()).toBeGreaterThan(0)
    const links = await page.locator(".product-page__alternatives .product-grid a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))
    expect(links.some((href) => href?.includes(EXPIRED))).toBe(false)
    await screenshot(page, "product-not-on-sale-vi-phone")

    // An alternative is on sale: its page has the add-to-cart.
    await page.locator(".product-page__alternatives .product-grid a").first().click()
    await page.waitForURL(/\/vi\/products\/(?!ruou-mo-yen-tu)/)
    expect(await page.getByRole("button", { name: /Thêm vào giỏ/ }).count()).toBe(1)
    await page.close()
  })

  it("says the same in English", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    const response = await page.goto(`${storefrontUrl}/en/products/${EXPIRED}`)
    expect(response?.status()).toBe(200)
    await expect(page.locator(".not-on-sale__title").textContent()).resolves.toBe("This product is not on sale")
    await expect(page.locator(".not-on-sale__reason").textContent()).resolves.toBe(
      "Its OCOP certificate expired on July 12, 2026; the product has not been re-rated yet.",
    )
    await expect(page.locator("#alternatives-title").textContent()).resolves.toBe("Certified OCOP products on sale in the Beverages group")
    await page.close()
  })

  it("answers 404 for a handle no product has", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone })
    const response = await page.goto(`${storefrontUrl}/vi/products/khong-co-san-pham-nay`)
    expect(response?.status()).toBe(404)
    await page.close()
  })
})
