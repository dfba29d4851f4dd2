import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import { launchBrowser, screenshot, VIEWPORTS } from "./browser"

const storefrontUrl = inject("storefrontUrl")

/** The whole number in a text such as "12 sản phẩm" or "3 products". */
function countIn(text: string | null): number {
  const match = text?.match(/\d+/)
  if (!match) throw new Error(`no count in ${JSON.stringify(text)}`)
  return Number(match[0])
}

/** The number of products the search page says it found. */
async function searchCount(page: Page): Promise<number> {
  return countIn(await page.locator(".search-page__count").textContent())
}

describe("the storefront home in a real browser", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  for (const [viewport, size] of Object.entries(VIEWPORTS)) {
    it(`renders in Vietnamese by default with VND prices (${viewport})`, async () => {
      const page = await browser.newPage({ viewport: size })
      const response = await page.goto(`${storefrontUrl}/`)
      expect(response?.status()).toBe(200)
      expect(new URL(page.url()).pathname).toBe("/vi")
      expect(await page.getAttribute("html", "lang")).toBe("vi")
      await expect(page.locator("h1").first().textContent()).resolves.toMatch(/OCOP/)
      // Prices are whole đồng with dot separators, never cents.
      const prices = await page.locator("text=/\\d{1,3}(\\.\\d{3})+\\s₫/").count()
      expect(prices).toBeGreaterThan(0)
      await screenshot(page, `home-vi-${viewport}`)
      await page.close()
    })
  }

  it("shows five-star products first, only five-star ones, with a link to all of them", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone })
    await page.goto(`${storefrontUrl}/vi`)
    const firstSection = page.locator("main section").nth(1)
    await expect(firstSection.locator("h2").textContent()).resolves.toBe("Sản phẩm OCOP 5 sao")
    const badges = await firstSection.locator(".stars-badge").allTextContents()
    expect(badges.length).toBeGreaterThan(0)
    for (const badge of badges) expect(badge).toMatch(/5 sao/)
    const all = firstSection.locator(".section__more")
    const promised = countIn(await all.textContent())
    await all.click()
    await page.waitForURL(/\/vi\/search\?stars=5$/)
    expect(await searchCount(page)).toBe(promised)
    await page.close()
  })

  it("lists the six groups with their counts, each opening the search filtered to it", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    await page.goto(`${storefrontUrl}/vi`)
    const cards = page.locator("#groups-title ~ .group-list .group-card, section[aria-labelledby=groups-title] .group-card")
    expect(await cards.count()).toBe(6)
    const hrefs = await cards.evaluateAll((links) => links.map((a) => a.getAttribute("href")))
    expect(hrefs).toEqual(["food", "beverage", "herbal", "handicraft", "ornamental", "tourism"].map((g) => `/vi/search?group=${g}`))
    const food = cards.first()
    const promised = countIn(await food.locator(".group-card__count").textContent())
    expect(promised).toBeGreaterThan(0)
    await food.click()
    await page.waitForURL(/group=food/)
    expect(await searchCount(page)).toBe(promised)
    await page.close()
  })

  it("shows OCOP experiences (group 6) and where products come from, by current commune with the former district", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    await page.goto(`${storefrontUrl}/vi`)
    const experiences = page.locator("section[aria-labelledby=experiences-title]")
    await expect(experiences.locator("h2").textContent()).resolves.toBe("Trải nghiệm OCOP")
    expect(await experiences.locator(".product-card").count()).toBeGreaterThan(0)

    const places = page.locator("section[aria-labelledby=places-title] .place-card")
    expect(await places.count()).toBeGreaterThan(3)
    const first = places.first()
    await expect(first.locator(".place-card__name").textContent()).resolves.toMatch(/^(Xã|Phường|Đặc khu) /)
    await expect(first.locator(".place-card__former").textContent()).resolves.toMatch(/^trước thuộc (huyện|thị xã|thành phố) /)
    const promised = countIn(await first.locator(".place-card__count").textContent())
    expect(await first.getAttribute("href")).toMatch(/^\/vi\/search\?commune=\d{5}$/)
    await first.click()
    await page.waitForURL(/commune=\d{5}/)
    expect(await searchCount(page)).toBe(promised)
    await page.close()
  })

  it("lists producers with their product counts, each opening its page", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone })
    await page.goto(`${storefrontUrl}/vi`)
    const producers = page.locator("section[aria-labelledby=producers-title] .producer-card")
    expect(await producers.count()).toBeGreaterThan(3)
    const first = producers.first()
    const name = (await first.locator(".producer-card__name").textContent())?.trim()
    expect(countIn(await first.locator(".producer-card__count").textContent())).toBeGreaterThan(0)
    await first.click()
    await page.waitForURL(/\/vi\/producers\/[a-z0-9-]+$/)
    await expect(page.locator("h1").textContent()).resolves.toBe(name)
    await page.close()
  })

  it("switches to English at /en, sections included", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    await page.goto(`${storefrontUrl}/en`)
    expect(await page.getAttribute("html", "lang")).toBe("en")
    const headings = await page.locator("main h2").allTextContents()
    expect(headings).toEqual(
      expect.arrayContaining(["Five-star OCOP products", "The six OCOP product groups", "OCOP experiences", "Where the products come from", "The producers"]),
    )
    await expect(page.locator(".place-card__former").first().textContent()).resolves.toMatch(/^formerly .+ (district|town|city)/)
    await screenshot(page, "home-en-desktop")
    await page.close()
  })
})
