import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser } from "playwright-core"
import { launchBrowser, screenshot, VIEWPORTS } from "./browser"
import { addToCart, checkoutWithCashOnDelivery, searchAndOpenFirstProduct } from "./journey"

// Issue #17 item 4: a guest's order confirmation e-mail links to the order status page; in another
// browser (no cookie of the order), the number and the e-mail open the order; a wrong e-mail does not.

const storefrontUrl = inject("storefrontUrl")
const inboxUrl = inject("inboxUrl")

type Email = { subject: string; text: string; to: Array<{ address: string }> }

async function confirmationTo(address: string): Promise<Email> {
  const deadline = Date.now() + 60_000
  for (;;) {
    const all = (await (await fetch(`${inboxUrl}/email`)).json()) as Email[]
    const found = all.find((e) => e.to.some((t) => t.address === address) && /đã nhận đơn hàng/.test(e.subject))
    if (found) return found
    if (Date.now() > deadline) throw new Error(`No confirmation reached ${address}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

describe("guest order look-up", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("the confirmation e-mail's link, with the order number and e-mail, opens the guest's order in another browser", async () => {
    const email = `guest-${Date.now().toString(36)}@example.vn`
    const shop = await browser.newContext({ viewport: VIEWPORTS.phone })
    const page = await shop.newPage()
    await searchAndOpenFirstProduct(page, storefrontUrl, "vi", "trà hoa vàng", "lookup")
    await addToCart(page)
    const orderId = await checkoutWithCashOnDelivery(page, storefrontUrl, "vi", { email, name: "Lan Khách", phone: "0912345678", street: "12 Hạ Long" }, "lookup")
    await shop.close()

    const mail = await confirmationTo(email)
    const number = /#(\d+)/.exec(mail.subject)![1]!
    const link = /Xem đơn hàng: (\S+)/.exec(mail.text)?.[1]
    expect(link).toBe(`${storefrontUrl}/vi/orders/lookup?number=${number}`)

    // Another browser: the order page alone says it is private; the look-up opens it.
    const other = await browser.newContext({ viewport: VIEWPORTS.phone })
    const guest = await other.newPage()
    await guest.goto(`${storefrontUrl}/vi/order/confirmed/${orderId}`)
    await expect.poll(() => guest.locator("h1").textContent()).not.toContain(number)
    await guest.goto(link!)
    expect(await guest.inputValue("#lookup-number")).toBe(number)

    await guest.fill("#lookup-email", "someone-else@example.vn")
    await guest.locator("form:has(#lookup-email) button[type=submit]").click()
    // (Next.js has a role=alert route announcer of its own: the form's message is the one inside the form.)
    const alert = guest.locator("form p[role=alert]")
    await alert.waitFor({ timeout: 30_000 })
    expect(await alert.textContent()).toContain("Không có đơn hàng nào với mã và e-mail này")
    await screenshot(guest, "lookup-refused")

    await guest.fill("#lookup-email", email.toUpperCase())
    await guest.locator("form:has(#lookup-email) button[type=submit]").click()
    await guest.waitForURL(new RegExp(`/vi/order/confirmed/${orderId}$`), { timeout: 60_000 })
    await expect.poll(() => guest.locator(".confirmation-page__lead").textContent(), { timeout: 30_000 }).toContain(number)
    await screenshot(guest, "lookup-opened")
    await other.close()
  }, 300_000)
})
