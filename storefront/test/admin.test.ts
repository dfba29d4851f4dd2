import pg from "pg"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser } from "playwright-core"
import { launchBrowser, screenshot, VIEWPORTS } from "./browser"
import { logInToAdmin } from "./journey"

const backendUrl = inject("backendUrl")
const databaseUrl = inject("databaseUrl")

async function productIdByTitle(prefix: string) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query("select id from product where title ilike $1 and deleted_at is null limit 1", [`${prefix}%`])
    return rows[0]?.id as string
  } finally {
    await client.end()
  }
}

describe("the admin dashboard", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("lets admin@ocop.local log in and shows the OCOP widget with the certificate on a product page", async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    await logInToAdmin(page, backendUrl)

    const productId = await productIdByTitle("Trà hoa vàng Ba Chẽ")
    await page.goto(`${backendUrl}/app/products/${productId}`)
    const heading = page.locator("h2", { hasText: /^OCOP$/ })
    await heading.waitFor({ timeout: 60_000 })
    const widget = heading.locator("xpath=ancestor::div[contains(@class,'divide-y')][1]")
    // The real decision of the domain page and its five stars, read from the certificate module.
    await widget.getByText("377/QĐ-BNN-VPĐP", { exact: false }).waitFor({ timeout: 30_000 })
    await widget.getByText("★★★★★", { exact: true }).waitFor({ timeout: 10_000 })
    await expect(widget.getByText("Lâm sản Đạp Thanh", { exact: true }).count()).resolves.toBeGreaterThan(0)
    await widget.scrollIntoViewIfNeeded()
    await screenshot(page, "admin-product-ocop-widget")
    await page.close()
  })
})
