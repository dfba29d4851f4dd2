import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import { encodeWindows1258 } from "@ocop/core/dist/server"
import { launchBrowser, screenshot, VIEWPORTS } from "./browser"
import { logInAsProducer } from "./journey"

// A cooperative imports its catalogue from the sheet Vietnamese Excel saves (Windows-1258): the
// preview names exactly the bad rows before anything is saved; the fixed sheet imports, and the
// products show in the portal with their variants.

const storefrontUrl = inject("storefrontUrl")
const stamp = Date.now().toString(36)
const HEADER = "mã sản phẩm,tên sản phẩm,loại,mô tả,giá (VND),tồn kho,nhóm,mã SKU"
// 100 products of two variants each: 200 rows (sheet lines 2–201).
const PRODUCTS = 100
const BAD = { 17: "mười nghìn", 88: "đá quý", 154: "-3" } as Record<number, string>

/** The sheet's lines; `broken` puts a bad price, group or stock on lines 17, 88 and 154. */
function sheet(broken: boolean): string {
  const lines = [HEADER]
  for (let i = 0; i < PRODUCTS; i++) {
    for (const [v, size, price] of [[0, "Hộp 200g", "85.000"], [1, "Hộp 500g", "190.000"]] as const) {
      const line = lines.length + 1
      const bad = broken ? BAD[line] : undefined
      lines.push(
        [
          `banh-dau-xanh-${stamp}-${i}`,
          v === 0 ? `Bánh đậu xanh Hải Dương ${stamp} số ${i}` : "",
          size,
          // A quoted cell with a comma, as Excel writes it.
          v === 0 ? '"Bánh đậu xanh Rồng Vàng, hộp giấy"' : "",
          line === 17 && bad ? bad : price,
          line === 154 && bad ? bad : String(10 + v),
          line === 88 && bad ? bad : "Thực phẩm",
          `BDX-${stamp}-${i}-${v}`,
        ].join(","),
      )
    }
  }
  return lines.join("\r\n") + "\r\n"
}


const STEP = 300_000

describe("the producer's CSV import", () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await (await browser.newContext({ viewport: VIEWPORTS.desktop })).newPage()
  })
  afterAll(async () => {
    await browser?.close()
  }, STEP)

  it("previews a 200-row Windows-1258 sheet's 3 bad rows, then imports the fixed sheet with its variants", async () => {
    const broken = encodeWindows1258(sheet(true))
    // Really the bytes Vietnamese Excel writes: not UTF-8.
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(broken)).toThrow()
    await logInAsProducer(page, storefrontUrl)
    await page.goto(`${storefrontUrl}/vi/producer/products`)
    await page.locator('a[href$="/producer/products/import"]').click()
    await page.waitForURL(/\/vi\/producer\/products\/import$/)
    // The template downloads through the portal, listing the six OCOP groups.
    const template = await page.request.get(`${storefrontUrl}/vi/producer/products/import/template`)
    expect(template.status()).toBe(200)
    expect((await template.text()).match(/^"?# \d\. /gm)).toHaveLength(6)

    await page.setInputFiles("#pp-import-file", { name: "san-pham.csv", mimeType: "text/csv", buffer: Buffer.from(broken) })
    await page.locator("#pp-import-errors").waitFor({ timeout: 60_000 })
    const rows = await page.locator("#pp-import-errors tbody tr").evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute("data-row"))))
    expect(rows).toEqual([17, 88, 154])
    await expect(page.locator("#pp-import-summary").textContent()).resolves.toMatch(/^3 dòng trong 200 dòng có lỗi/)
    const problems = await page.locator("#pp-import-errors tbody").textContent()
    expect(problems).toContain('giá không phải là số (nhận "mười nghìn")')
    expect(problems).toContain('nhóm "đá quý" không có')
    expect(problems).toContain('tồn kho không được âm (nhận "-3")')
    expect(await page.locator("#pp-import-commit").count()).toBe(0)
    await screenshot(page, "producer-import-preview-errors")
    // Nothing was saved by the preview.
    await page.goto(`${storefrontUrl}/vi/producer/products?q=${stamp}`)
    await expect(page.locator(".pp-empty").textContent()).resolves.toBeTruthy()

    await page.goto(`${storefrontUrl}/vi/producer/products/import`)
    await page.setInputFiles("#pp-import-file", { name: "san-pham.csv", mimeType: "text/csv", buffer: Buffer.from(encodeWindows1258(sheet(false))) })
    await expect.poll(() => page.locator("#pp-import-ready").textContent(), { timeout: 60_000 }).toMatch(/200 dòng thành 100 sản phẩm/)
    await page.locator("#pp-import-commit").click()
    await page.locator("#pp-import-progress").waitFor({ timeout: 10_000 })
    await expect.poll(() => page.locator("#pp-import-done").textContent(), { timeout: 240_000 }).toMatch(/Đã nhập 100 sản phẩm/)

    // Right after the import the backend is busy indexing 200 new variants: load the list until it answers.
    await expect
      .poll(
        async () => {
          await page.goto(`${storefrontUrl}/vi/producer/products?q=${stamp}`)
          return page.locator(".pp-count").textContent({ timeout: 5_000 }).catch(() => null)
        },
        { timeout: 180_000, interval: 2_000 },
      )
      .toBe("100 sản phẩm")
    const card = page.locator(".pp-card", { hasText: `Bánh đậu xanh Hải Dương ${stamp} số 42` })
    await expect(card.locator(".pp-card__facts").textContent()).resolves.toMatch(/85\.000\s*₫ – 190\.000\s*₫ · 2 loại/)
    await card.locator(".pp-card__title").click()
    await page.waitForURL(/\/vi\/producer\/products\/prod_/)
    // The edit form has one price field per variant, labelled with the variant's name.
    await page.locator("#pp-price-1").waitFor({ timeout: 60_000 })
    const labels = await page.locator('label[for^="pp-price-"]').allTextContents()
    expect(labels).toHaveLength(2)
    expect(labels.join(" ")).toContain("Hộp 200g")
    expect(labels.join(" ")).toContain("Hộp 500g")
    await screenshot(page, "producer-import-product")
  }, STEP)
})
