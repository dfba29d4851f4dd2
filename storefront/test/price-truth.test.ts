import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import { launchBrowser, screenshot, VIEWPORTS } from "./browser"

// One price truth: every product card's price is the price its product page opens with (the
// page preselects the variant the card's "from" price belongs to), and choosing another ticket
// moves the page's headline price with it.

const storefrontUrl = inject("storefrontUrl")
const digits = (text: string | null) => Number((text ?? "").replace(/\D/g, ""))

/** Every card of the page: its product's path and the price it shows, in đồng. */
async function cards(page: Page): Promise<Array<{ href: string; price: number; text: string }>> {
  const list = page.locator(".product-card")
  const out: Array<{ href: string; price: number; text: string }> = []
  for (let i = 0; i < (await list.count()); i++) {
    const card = list.nth(i)
    const text = ((await card.locator(".product-card__price").textContent()) ?? "").trim()
    out.push({ href: (await card.locator(".product-card__link").getAttribute("href"))!, price: digits(text), text })
  }
  return out
}

async function pagePrice(page: Page, href: string): Promise<number> {
  await page.goto(`${storefrontUrl}${href}`)
  return digits(await page.locator(".product-page__price .price").textContent())
}

async function expectCardsMatchPages(page: Page, found: Array<{ href: string; price: number }>) {
  const seen = new Set<string>()
  const mismatches: string[] = []
  for (const card of found) {
    if (seen.has(card.href) || card.price === 0) continue
    seen.add(card.href)
    const shown = await pagePrice(page, card.href)
    if (shown !== card.price) mismatches.push(`${card.href}: card ${card.price}, page ${shown}`)
  }
  expect(seen.size).toBeGreaterThan(3)
  expect(mismatches).toEqual([])
}

describe("the card's price is the price preselected on its page", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("every product on the home page (phone, vi)", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone })
    await page.goto(`${storefrontUrl}/vi`)
    const found = await cards(page)
    expect(found.some((c) => /^từ /.test(c.text))).toBe(true)
    expect(found.some((c) => /^\d/.test(c.text))).toBe(true)
    // Without card payment configured (no Stripe key here), the footer does not promise it.
    await expect(page.locator("#footer-payment + p").textContent()).resolves.toBe("Thanh toán khi nhận hàng hoặc chuyển khoản VietQR.")
    await expectCardsMatchPages(page, found)
  }, 300_000)

  it("every product of a search (desktop, en), and the pearl-farm ticket moves the headline price", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    await page.goto(`${storefrontUrl}/en/search?q=${encodeURIComponent("ngoc trai")}`)
    const found = await cards(page)
    // Products of several prices say so on their card ("from" the cheapest); the home page case checks a single price does not.
    const card = (handle: string) => found.find((c) => c.href.endsWith(`/products/${handle}`))?.text
    expect(card("ngoc-trai-akoya-ngoc-trai-ha-long")).toMatch(/^from ₫/)
    expect(card("tham-quan-trang-trai-ngoc-trai-ha-long")).toMatch(/^from ₫/)
    await screenshot(page, "price-truth-search-from")
    await expectCardsMatchPages(page, found)

    // The visit opens on its cheapest ticket (the card's price); choosing the adult ticket moves the headline.
    await page.goto(`${storefrontUrl}/en/products/tham-quan-trang-trai-ngoc-trai-ha-long`)
    const headline = page.locator(".product-page__price .price")
    const opening = digits(await headline.textContent())
    const ticket = page.locator("#booking-ticket")
    const options = await ticket.locator("option").evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value))
    expect(options.length).toBeGreaterThan(1)
    const chosen = await ticket.inputValue()
    const next = options.find((v) => v !== chosen)!
    await ticket.selectOption(next)
    await expect.poll(async () => digits(await headline.textContent()), { timeout: 30_000 }).not.toBe(opening)
    await expect(ticket.inputValue()).resolves.toBe(next)
    await screenshot(page, "price-truth-ticket")
  }, 300_000)
})
