import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import { launchBrowser, screenshot, VIEWPORTS } from "./browser"

const storefrontUrl = inject("storefrontUrl")

// Buyers' ratings on the product page (issue #18). The development seed's demo customer received
// Trà hoa vàng Ba Chẽ twice and rated it 5 (answered by the producer) and 4 stars
// (backend/src/scripts/seed/reviews.ts). They are labelled as buyers' ratings, apart from the OCOP
// star rating, and given to search engines as schema.org Product aggregateRating and review.

const REVIEWED = "tra-hoa-vang-ba-che"

type JsonLd = Record<string, any>

async function productJsonLd(page: Page): Promise<JsonLd> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
  const product = blocks.map((b) => JSON.parse(b) as JsonLd).find((ld) => ld["@type"] === "Product")
  if (!product) throw new Error("no schema.org Product on the page")
  return product
}

/** The properties schema.org and Google's review snippets require of an aggregateRating and a review. */
function expectValidRatings(ld: JsonLd, count: number, average: number) {
  expect(ld["@context"]).toBe("https://schema.org")
  expect(ld.name).toBeTruthy()
  expect(ld.aggregateRating).toEqual({ "@type": "AggregateRating", ratingValue: average, reviewCount: count, bestRating: 5, worstRating: 1 })
  expect(ld.review).toHaveLength(count)
  for (const review of ld.review) {
    expect(review["@type"]).toBe("Review")
    expect(review.reviewRating).toMatchObject({ "@type": "Rating", bestRating: 5, worstRating: 1 })
    expect(Number.isInteger(review.reviewRating.ratingValue) && review.reviewRating.ratingValue >= 1 && review.reviewRating.ratingValue <= 5).toBe(true)
    expect(review.author).toMatchObject({ "@type": "Person", name: expect.any(String) })
    expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(typeof review.reviewBody).toBe("string")
  }
  // The OCOP certificate's own rating stays in hasCertification, not in aggregateRating.
  expect(ld.hasCertification.certificationRating.ratingValue).toBe(5)
}

describe("buyers' ratings on the product page, in a real browser", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("shows the summary, distribution, reviews and the producer's reply, labelled apart from the OCOP stars (vi)", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone })
    expect((await page.goto(`${storefrontUrl}/vi/products/${REVIEWED}`))?.status()).toBe(200)
    await expect(page.locator("#buyer-reviews-title").textContent()).resolves.toBe("Đánh giá của người mua")
    await expect(page.locator(".buyer-reviews__note").textContent()).resolves.toContain("khác với hạng sao OCOP")
    await expect(page.locator(".product-page__buyer-rating").textContent()).resolves.toBe("Người mua: 4,5/5 (2 đánh giá)")
    await expect(page.locator(".buyer-reviews__count").textContent()).resolves.toBe("2 đánh giá của người mua")
    const bars = await page.locator(".buyer-reviews__distribution meter").evaluateAll((ms) => ms.map((m) => (m as HTMLMeterElement).value))
    expect(bars).toEqual([1, 1, 0, 0, 0])
    const reviews = page.locator(".buyer-review")
    expect(await reviews.count()).toBe(2)
    await expect(page.locator(".buyer-review__reply").textContent()).resolves.toContain("Phản hồi của chủ thể sản xuất")
    await expect(page.locator(".buyer-review__author").first().textContent()).resolves.toBe("Lan N.")
    // The OCOP stars keep their own label, outside the buyers' section.
    expect(await page.locator(".buyer-reviews .stars-badge, .buyer-reviews .certificate").count()).toBe(0)
    expect(await page.getByText("Hạng 5 sao", { exact: false }).count()).toBeGreaterThan(0)

    expectValidRatings(await productJsonLd(page), 2, 4.5)
    await screenshot(page, "product-reviews-vi-phone")
    await page.close()
  })

  it("says the same in English", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    expect((await page.goto(`${storefrontUrl}/en/products/${REVIEWED}`))?.status()).toBe(200)
    await expect(page.locator("#buyer-reviews-title").textContent()).resolves.toBe("Buyers' ratings")
    await expect(page.locator(".buyer-reviews__note").textContent()).resolves.toContain("unlike the OCOP star rating")
    await expect(page.locator(".product-page__buyer-rating").textContent()).resolves.toBe("Buyers: 4.5/5 (2 ratings)")
    await expect(page.locator(".buyer-review__reply-label").textContent()).resolves.toBe("The producer's reply")
    expectValidRatings(await productJsonLd(page), 2, 4.5)
    await screenshot(page, "product-reviews-en-desktop")
    await page.close()
  })

  it("the producer's page shows its buyers' average over its products", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    expect((await page.goto(`${storefrontUrl}/vi/producers/lam-san-dap-thanh`))?.status()).toBe(200)
    await expect(page.locator(".producer-page__buyer-rating dt").textContent()).resolves.toBe("Đánh giá của người mua")
    await expect(page.locator(".producer-page__buyer-rating dd").textContent()).resolves.toBe("Người mua: 4,5/5 (2 đánh giá)")
    await page.close()
  })

  it("a product without reviews says so and gives no aggregateRating", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    expect((await page.goto(`${storefrontUrl}/vi/products/ngoc-trai-southsea-ngoc-trai-ha-long`))?.status()).toBe(200)
    await expect(page.locator(".buyer-reviews__empty").textContent()).resolves.toBe("Chưa có đánh giá của người mua.")
    const ld = await productJsonLd(page)
    expect(ld).not.toHaveProperty("aggregateRating")
    expect(ld).not.toHaveProperty("review")
    await page.close()
  })
})
