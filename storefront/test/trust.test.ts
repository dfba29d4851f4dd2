import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import { launchBrowser, screenshot, VIEWPORTS } from "./browser"

const storefrontUrl = inject("storefrontUrl")

// Why to trust a product: where it comes from (the current unit and the old place printed on
// labels), its certificate with every fact, and a public lookup of certificates. The seed's
// Trà hoa vàng Ba Chẽ carries the real decision 377/QĐ-BNN-VPĐP of 17/01/2025; most other
// certificates are sample data and must say so.

async function texts(page: Page, selector: string) {
  return (await page.locator(selector).allTextContents()).map((t) => t.replace(/\s+/g, " ").trim())
}

describe("origin and certificate on product pages and cards, in a real browser", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("the product page shows the origin (current and old place) and every fact of the certificate, in its JSON-LD too", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    expect((await page.goto(`${storefrontUrl}/vi/products/tra-hoa-vang-ba-che`))?.status()).toBe(200)
    await expect(page.locator(".product-page__origin").textContent()).resolves.toBe(
      "Xuất xứ: xã Kỳ Thượng, Quảng Ninh (trước đây: xã Đạp Thanh, huyện Ba Chẽ)",
    )
    expect(await page.locator(".product-page__origin-link").getAttribute("href")).toBe("/vi/search?commune=06979")
    const facts = await texts(page, ".certificate .certificate__facts li")
    expect(facts).toEqual([
      "Hạng 5 sao: 90–100 điểm",
      "Nhóm: Thực phẩm",
      "Phân nhóm: Chè",
      "Quyết định số 377/QĐ-BNN-VPĐP ngày 17 tháng 1, 2025",
      "Cấp chứng nhận: cấp trung ương – Bộ Nông nghiệp và Phát triển nông thôn",
      "Xuất xứ: xã Kỳ Thượng, Quảng Ninh (trước đây: xã Đạp Thanh, huyện Ba Chẽ)",
      "Hiệu lực đến 17 tháng 1, 2028",
    ])
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}")
    expect(ld.countryOfOrigin).toEqual({ "@type": "Country", name: "VN" })
    expect(ld.additionalProperty[0].value).toBe("xã Kỳ Thượng, Quảng Ninh (trước đây: xã Đạp Thanh, huyện Ba Chẽ)")
    expect(ld.hasCertification).toMatchObject({
      "@type": "Certification",
      certificationIdentification: "377/QĐ-BNN-VPĐP",
      validFrom: "2025-01-17",
      expires: "2028-01-17",
      certificationRating: { ratingValue: 5 },
    })
    await screenshot(page, "product-trust-vi-desktop")

    // The certificate's public page, from the panel's link.
    await page.locator(".certificate__link a").click()
    await page.waitForURL(/\/vi\/certificates\/ocert_/)
    await expect(page.locator("h1").textContent()).resolves.toBe("Chứng nhận OCOP: Trà hoa vàng Ba Chẽ")
    await expect(page.locator(".certificate-page__state").textContent()).resolves.toBe("Còn hiệu lực")
    await expect(page.locator(".certificate-page__producer").textContent()).resolves.toBe("Lâm sản Đạp Thanh")
    expect(await page.locator(".certificate__sample").count()).toBe(0)
    await page.close()
  })

  it("product cards show the commune each product comes from", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone })
    await page.goto(`${storefrontUrl}/vi/search?q=tra%20hoa%20vang%20ba%20che`)
    const card = page.locator(".product-card", { hasText: "Trà hoa vàng Ba Chẽ" }).first()
    await expect(card.locator(".product-card__origin").textContent()).resolves.toBe("Xã Kỳ Thượng")
    await page.goto(`${storefrontUrl}/en/search?q=tra%20hoa%20vang%20ba%20che`)
    const english = page.locator(".product-card", { hasText: "golden camellia" }).first()
    await expect(english.locator(".product-card__origin").textContent()).resolves.toBe("Kỳ Thượng commune")
    await page.close()
  })
})

describe("producer pages, in a real browser", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("show the kind of producer, the place (current and old), the story and the certified products by stars", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    expect((await page.goto(`${storefrontUrl}/vi/producers/lam-san-dap-thanh`))?.status()).toBe(200)
    await expect(page.locator(".producer-page__kind").textContent()).resolves.toBe("Doanh nghiệp")
    const facts = await texts(page, ".producer-page__facts > div")
    expect(facts).toContain("Địa bànXã Kỳ Thượng, Quảng Ninh")
    expect(facts.some((f) => f.endsWith("xã Đạp Thanh, huyện Ba Chẽ"))).toBe(true)
    expect(await page.locator(".producer-page__story p").count()).toBeGreaterThan(0)
    const cards = await page.locator(".product-card").count()
    const badges = await texts(page, ".product-card .stars-badge")
    const fives = badges.filter((b) => /5 sao/.test(b)).length
    expect(fives).toBeGreaterThan(0)
    const certified = (await page.locator(".producer-page__certified dd").textContent())?.replace(/\s+/g, " ").trim()
    expect(certified).toMatch(new RegExp(`^${cards} sản phẩm được chứng nhận: ${fives} × 5 sao`))
    await page.close()
  })
})

describe("the public certificate lookup, in a real browser", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("finds a certificate by its decision number, product or producer", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone })
    for (const q of ["377/QĐ-BNN-VPĐP", "Trà hoa vàng Ba Chẽ", "Lâm sản Đạp Thanh"]) {
      expect((await page.goto(`${storefrontUrl}/vi/certificates?q=${encodeURIComponent(q)}`))?.status()).toBe(200)
      expect(await texts(page, ".certificates-page__link")).toContain("Trà hoa vàng Ba Chẽ")
    }
    await screenshot(page, "certificates-lookup-vi-phone")
    await page.close()
  })

  it("says that sample certificates are samples", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone })
    await page.goto(`${storefrontUrl}/vi/certificates?q=${encodeURIComponent("1873/QĐ-UBND")}`)
    const items = page.locator(".certificates-page__item")
    expect(await items.count()).toBeGreaterThan(0)
    expect(await items.locator(".certificate__sample").count()).toBe(await items.count())
    await items.first().locator(".certificates-page__link").click()
    await page.waitForURL(/\/vi\/certificates\/ocert_/)
    await expect(page.locator(".certificate__sample").textContent()).resolves.toBe("Dữ liệu mẫu để minh hoạ, không phải quyết định thật")
    await page.close()
  })

  it("answers bad input (empty, 10 KB, emoji, %, SQL, control characters) with a page that found nothing, never a 500", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone })
    const inputs = ["", "   ", "x".repeat(10_240), "🍵🐟", "%", "%%_", "' OR 1=1; DROP TABLE ocop_certificate; --", "\u0000\u0007"]
    for (const q of inputs) {
      const response = await page.goto(`${storefrontUrl}/vi/certificates?q=${encodeURIComponent(q)}`)
      expect(response?.status(), JSON.stringify(q.slice(0, 20))).toBe(200)
      await expect(page.locator(".certificates-page__none").textContent()).resolves.toMatch(/^Không tìm thấy chứng nhận nào/)
      expect(await page.locator(".certificates-page__item").count()).toBe(0)
    }
    const english = await page.goto(`${storefrontUrl}/en/certificates?q=${encodeURIComponent("%")}`)
    expect(english?.status()).toBe(200)
    await expect(page.locator(".certificates-page__none").textContent()).resolves.toBe("No certificate found for “%”.")
    expect((await page.goto(`${storefrontUrl}/vi/certificates/ocert_KHONGCO0000000000`))?.status()).toBe(404)
    expect((await page.goto(`${storefrontUrl}/vi/certificates/${encodeURIComponent("' OR 1=1")}`))?.status()).toBe(404)
    await page.close()
  })
})
