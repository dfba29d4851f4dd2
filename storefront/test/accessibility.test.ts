import { createRequire } from "node:module"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import { launchBrowser, VIEWPORTS } from "./browser"
import { addToCart, searchAndOpenFirstProduct } from "./journey"

const storefrontUrl = inject("storefrontUrl")
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js")

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

async function seriousViolations(page: Page) {
  await page.addScriptTag({ path: axePath })
  const violations = (await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } }).axe.run()
    return result.violations
  })) as Violation[]
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)
}

describe("accessibility (axe): no serious or critical violation", () => {
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: VIEWPORTS.phone })
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("on the home page", async () => {
    await page.goto(`${storefrontUrl}/vi`)
    expect(await seriousViolations(page)).toEqual([])
  })

  it("on the search page with results", async () => {
    await page.goto(`${storefrontUrl}/vi/search?q=nuoc+mam`)
    expect(await seriousViolations(page)).toEqual([])
  })

  it("on a product page", async () => {
    await searchAndOpenFirstProduct(page, storefrontUrl, "vi", "mat ong", "axe")
    expect(await seriousViolations(page)).toEqual([])
  })

  it("the header's search box comes before the account and cart links in tab order, as on screen (desktop)", async () => {
    const desktop = await browser.newPage({ viewport: VIEWPORTS.desktop })
    await desktop.goto(`${storefrontUrl}/vi`)
    const reached: string[] = []
    for (let i = 0; i < 12 && reached.length < 3; i++) {
      await desktop.keyboard.press("Tab")
      const which = await desktop.evaluate(() => {
        const el = document.activeElement
        if (el?.matches("header .search-form input")) return "search"
        if (el?.matches("header a.account-link")) return "account"
        if (el?.matches("header a.cart-link:not(.account-link)")) return "cart"
        return null
      })
      if (which && !reached.includes(which)) reached.push(which)
    }
    expect(reached).toEqual(["search", "account", "cart"])
    await desktop.close()
  })

  it("on the checkout page", async () => {
    await addToCart(page)
    await page.goto(`${storefrontUrl}/vi/checkout`)
    await page.locator("#checkout-email").waitFor()
    expect(await seriousViolations(page)).toEqual([])
  })
})
