import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import { launchBrowser, screenshot, VIEWPORTS } from "./browser"

const storefrontUrl = inject("storefrontUrl")

function countIn(text: string | null): number {
  const match = text?.match(/\((\d+)\)\s*$/) ?? text?.match(/\d+/)
  if (!match) throw new Error(`no count in ${JSON.stringify(text)}`)
  return Number(match[1] ?? match[0])
}

async function resultCount(page: Page): Promise<number> {
  return Number((await page.locator(".search-page__count").textContent())?.match(/\d+/)?.[0] ?? 0)
}

/** The prices on the result cards, in đồng, in page order. */
async function cardPrices(page: Page): Promise<number[]> {
  const texts = await page.locator(".product-card__price").allTextContents()
  return texts.map((t) => Number(t.replace(/\D/g, ""))).filter((n) => n > 0)
}

describe("search and browse at /{locale}/search", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("counts every filter choice, and a choice gives as many products as it said", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    await page.goto(`${storefrontUrl}/vi/search`)
    const total = await resultCount(page)
    expect(total).toBeGreaterThan(24)

    // Stars: the counts of 3, 4 and 5 stars add up to the whole catalog.
    const starLabels = page.locator("fieldset:has(input[name=stars]) label")
    const starCounts = (await starLabels.allTextContents()).map(countIn)
    expect(starCounts.reduce((a, b) => a + b, 0)).toBe(total)
    // Groups: likewise.
    const groupCounts = (await page.locator("fieldset:has(input[name=group]) label").allTextContents()).slice(1).map(countIn)
    expect(groupCounts.reduce((a, b) => a + b, 0)).toBe(total)

    await page.locator("input[name=stars][value='5']").check()
    await page.locator("button[type=submit]", { hasText: "Áp dụng" }).click()
    await page.waitForURL(/\/vi\/search\?stars=5$/)
    expect(await resultCount(page)).toBe(starCounts[0])
    await screenshot(page, "search-filtered-desktop")

    // Place: the commune options carry counts within the five-star products.
    const options = await page.locator("#search-commune option").evaluateAll((els) =>
      els.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? "" })),
    )
    const place = options.find((o) => o.value !== "")!
    expect(place.text).toMatch(/^(Xã|Phường|Đặc khu) .+ \(\d+\)$/)
    await page.selectOption("#search-commune", place.value)
    await page.locator("button[type=submit]", { hasText: "Áp dụng" }).click()
    // The form sends every field; the page answers with the tidy, shareable URL.
    await page.waitForURL((url) => url.search === `?stars=5&commune=${place.value}`)
    expect(await resultCount(page)).toBe(countIn(place.text))

    // The filters in use are listed; removing the place keeps the stars.
    const chips = page.locator(".active-filters__chip")
    expect(await chips.count()).toBe(2)
    await chips.nth(1).click()
    await page.waitForURL(/\/vi\/search\?stars=5$/)
    expect(await resultCount(page)).toBe(starCounts[0])
    await page.close()
  })

  it("filters by producer and price, sorts, pages, and keeps it all in a shareable URL", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    await page.goto(`${storefrontUrl}/vi/search?sort=price_asc`)
    const prices = await cardPrices(page)
    expect(prices.length).toBe(24)
    expect([...prices].sort((a, b) => a - b)).toEqual(prices)
    await page.locator(".pagination a[rel=next]").click()
    await page.waitForURL(/page=2/)
    expect(new URL(page.url()).searchParams.get("sort")).toBe("price_asc")
    const second = await cardPrices(page)
    expect(second[0]).toBeGreaterThanOrEqual(prices[prices.length - 1]!)

    const producer = (await page.locator("#search-producer option").evaluateAll((els) => els.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? "" }))))
      .find((o) => o.value !== "")!
    await page.goto(`${storefrontUrl}/vi/search?producer=${producer.value}`)
    expect(await resultCount(page)).toBe(countIn(producer.text))

    // A shared link opens the same search, price range included.
    const shared = `${storefrontUrl}/vi/search?q=tra&price_min=100000&price_max=400000&sort=price_desc`
    await page.goto(shared)
    expect(page.url()).toBe(shared)
    const ranged = await cardPrices(page)
    expect(ranged.length).toBeGreaterThan(0)
    expect(Math.min(...ranged)).toBeGreaterThanOrEqual(100000)
    expect(Math.max(...ranged)).toBeLessThanOrEqual(400000)
    expect([...ranged].sort((a, b) => b - a)).toEqual(ranged)
    expect(await page.inputValue("input[name=price_min]")).toBe("100000")
    await page.close()
  })

  it("tidies the URL a filter form sends (empty fields, repeated stars)", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone })
    await page.goto(`${storefrontUrl}/vi/search?q=mat+ong&group=&stars=5&stars=4&commune=&producer=&price_min=&price_max=&sort=relevance`)
    expect(new URL(page.url()).search).toBe("?q=mat+ong&stars=4%2C5")
    await page.close()
  })

  it("helps when nothing matches: the count without filters, a way to clear them, ideas to search", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone })
    await page.goto(`${storefrontUrl}/vi/search?q=tra&price_max=1000`)
    expect(await resultCount(page)).toBe(0)
    const empty = page.locator(".empty-state")
    await expect(empty.locator(".empty-state__title").textContent()).resolves.toBeTruthy()
    const unfiltered = empty.locator("a", { hasText: /bỏ bộ lọc/ })
    const promised = Number((await unfiltered.textContent())?.match(/\d+/)?.[0])
    expect(promised).toBeGreaterThan(0)
    await screenshot(page, "search-empty-phone")
    await unfiltered.click()
    await page.waitForURL(/\/vi\/search\?q=tra$/)
    expect(await resultCount(page)).toBe(promised)

    await page.goto(`${storefrontUrl}/vi/search?q=xyzzyqwv`)
    expect(await resultCount(page)).toBe(0)
    const ideas = page.locator(".search-ideas__idea")
    expect(await ideas.count()).toBeGreaterThan(2)
    const idea = (await ideas.first().textContent())?.trim()
    await ideas.first().click()
    await page.waitForURL((url) => url.searchParams.get("q") === idea)
    expect(await resultCount(page)).toBeGreaterThan(0)
    await page.close()
  })

  it("suggests products as you type in the header, and opens one from the keyboard", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone })
    await page.goto(`${storefrontUrl}/vi`)
    const box = page.locator("#site-search")
    await box.pressSequentially("tra hoa v", { delay: 40 })
    const options = page.locator("[role=listbox] [role=option]")
    await options.first().waitFor({ timeout: 15_000 })
    expect(await box.getAttribute("aria-expanded")).toBe("true")
    const titles = await options.locator(".suggest__title").allTextContents()
    expect(titles.some((t) => /trà hoa vàng/i.test(t))).toBe(true)
    await screenshot(page, "search-suggestions-phone")
    await box.press("ArrowDown")
    expect(await box.getAttribute("aria-activedescendant")).toBeTruthy()
    await box.press("Enter")
    await page.waitForURL(/\/vi\/products\//)
    await expect(page.locator("h1").textContent()).resolves.toBe(titles[0])

    // In English, and Escape closes the list.
    await page.goto(`${storefrontUrl}/en`)
    await page.locator("#site-search").pressSequentially("pear", { delay: 40 })
    await page.locator("[role=listbox] [role=option]").first().waitFor({ timeout: 15_000 })
    await expect(page.locator(".suggest__all").textContent()).resolves.toMatch(/^See all \d+ results? for “pear”$/)
    await page.locator("#site-search").press("Escape")
    expect(await page.locator("#site-search").getAttribute("aria-expanded")).toBe("false")
    await page.close()
  })

  it("for “Cô Tô” the suggestions and the results page show the same products and count, and the list closes on submit", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    await page.goto(`${storefrontUrl}/vi`)
    const box = page.locator("#site-search")
    await box.pressSequentially("Cô Tô", { delay: 40 })
    const options = page.locator("[role=listbox] [role=option]")
    await options.first().waitFor({ timeout: 15_000 })
    const suggested = await options.locator(".suggest__title").allTextContents()
    const all = await page.locator(".suggest__all").textContent()
    expect(all).toMatch(/^Xem cả \d+ kết quả cho “Cô Tô”$/)
    const suggestedCount = Number(all!.match(/\d+/)![0])
    // The place's own products come first.
    expect(suggested[0]).toMatch(/Cô Tô/)

    await box.press("Enter")
    await page.waitForURL(/\/vi\/search\?q=/)
    await page.locator(".product-card__title").first().waitFor()
    expect(await resultCount(page)).toBe(suggestedCount)
    const titles = await page.locator(".product-card__title").allTextContents()
    expect(titles.slice(0, suggested.length)).toEqual(suggested)
    // Closed over the results, and an answer still on its way does not reopen it.
    await page.waitForTimeout(800)
    expect(await box.getAttribute("aria-expanded")).toBe("false")
    expect(await page.locator(".suggest__panel").isHidden()).toBe(true)
    await page.close()
  })

  for (const [viewport, size] of Object.entries(VIEWPORTS)) {
    it(`looks right with results (${viewport})`, async () => {
      const page = await browser.newPage({ viewport: size })
      await page.goto(`${storefrontUrl}/vi/search?q=nuoc+mam&stars=4,5`)
      expect(await resultCount(page)).toBeGreaterThan(0)
      await screenshot(page, `search-vi-${viewport}`)
      await page.close()
    })
  }
})
