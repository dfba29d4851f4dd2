import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import { launchBrowser, screenshot, VIEWPORTS } from "./browser"

const storefrontUrl = inject("storefrontUrl")

// Buyers' ratings on product cards and in search (issue #18). The development seed's demo customer
// rated Ngọc trai Akoya 5, Trà hoa vàng Ba Chẽ 5 and 4, and Ngọc trai Tahiti 4
// (backend/src/scripts/seed/reviews.ts). Cards show the buyers' average and count, worded apart
// from the OCOP stars badge; the search page sorts by it and filters "4★ and up from buyers".

type Card = { handle: string; rating: string | null; label: string | null; ocop: string | null }

async function cards(page: Page): Promise<Card[]> {
  return page.locator(".product-card").evaluateAll((articles) =>
    articles.map((a) => {
      const href = a.querySelector(".product-card__link")?.getAttribute("href") ?? ""
      const rating = a.querySelector(".product-card__rating [role=img]")
      return {
        handle: href.split("/").pop() ?? "",
        rating: rating?.textContent ?? null,
        label: rating?.getAttribute("aria-label") ?? null,
        ocop: a.querySelector(".stars-badge")?.textContent ?? null,
      }
    })
  )
}

describe("buyers' ratings on cards and in search, in a real browser", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("cards show the buyers' average and count apart from the OCOP stars; sorting by it puts the best rated first (vi)", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone })
    expect((await page.goto(`${storefrontUrl}/vi/search?q=tra%20hoa%20vang`))?.status()).toBe(200)
    const tea = (await cards(page)).find((c) => c.handle === "tra-hoa-vang-ba-che")
    expect(tea).toMatchObject({ rating: "4,5 ★ (2 đánh giá)", label: "Người mua chấm 4,5/5 (2 đánh giá)" })
    expect(tea!.ocop).toContain("5 sao")
    // A card without buyers' reviews has no rating line.
    const unrated = (await cards(page)).filter((c) => c.handle !== "tra-hoa-vang-ba-che")
    expect(unrated.length).toBeGreaterThan(0)
    expect(unrated.every((c) => c.rating === null)).toBe(true)

    // The sort is offered in the form, and its order is the buyers' average, then count.
    await page.goto(`${storefrontUrl}/vi/search`)
    await page.locator(".filters-panel__toggle").click() // closed on phones
    await page.locator("#search-sort").selectOption("rating_desc")
    expect(await page.locator("#search-sort option[value=rating_desc]").textContent()).toBe("Người mua chấm cao nhất")
    await Promise.all([page.waitForURL(/sort=rating_desc/), page.locator(".filters button[type=submit]").click()])
    // The form navigates on the client: the URL changes before the new results are in.
    await page.waitForFunction(() => document.querySelector(".product-card__link")?.getAttribute("href")?.endsWith("ngoc-trai-akoya-ngoc-trai-ha-long"))
    const sorted = await cards(page)
    expect(sorted.slice(0, 3).map((c) => [c.handle, c.rating])).toEqual([
      ["ngoc-trai-akoya-ngoc-trai-ha-long", "5 ★ (1 đánh giá)"],
      ["tra-hoa-vang-ba-che", "4,5 ★ (2 đánh giá)"],
      ["ngoc-trai-tahiti-ngoc-trai-ha-long", "4 ★ (1 đánh giá)"],
    ])
    expect(sorted.slice(3).every((c) => c.rating === null)).toBe(true)
    await screenshot(page, "search-rating-sort-vi-phone")
    await page.close()
  })

  it("filters '4★ and up from buyers', shown as a removable chip, in English too", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    expect((await page.goto(`${storefrontUrl}/en/search`))?.status()).toBe(200)
    const filter = page.getByLabel("4★ and up from buyers")
    await filter.check()
    await Promise.all([page.waitForURL(/min_rating=4/), page.locator(".filters button[type=submit]").click()])
    const chip = page.locator(".active-filters__chip", { hasText: "Buyers' rating 4★ and up" })
    await chip.waitFor()
    const found = await cards(page)
    expect(found.map((c) => c.handle).sort()).toEqual([
      "ngoc-trai-akoya-ngoc-trai-ha-long",
      "ngoc-trai-tahiti-ngoc-trai-ha-long",
      "tra-hoa-vang-ba-che",
    ])
    const tea = found.find((c) => c.handle === "tra-hoa-vang-ba-che")!
    expect(tea).toMatchObject({ rating: "4.5 ★ (2 reviews)", label: "Buyers rate it 4.5/5 (2 reviews)" })
    expect(tea.ocop).not.toContain("review")
    expect(await chip.count()).toBe(1)
    await Promise.all([page.waitForURL((url) => !url.search.includes("min_rating")), chip.click()])
    await chip.waitFor({ state: "detached" })
    expect((await cards(page)).length).toBeGreaterThan(3)
    await screenshot(page, "search-rating-filter-en-desktop")
    await page.close()
  })
})
