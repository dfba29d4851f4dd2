import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import { launchBrowser, screenshot, VIEWPORTS } from "./browser"

// Forgotten passwords, end to end: ask on the login page, read the e-mail that reached the tests'
// SMTP inbox (maildev), follow its link, choose a password, log in with it; the link works once.

const storefrontUrl = inject("storefrontUrl")
const backendUrl = inject("backendUrl")
const inboxUrl = inject("inboxUrl")
const publishableKey = inject("publishableKey")

type Email = { subject: string; text: string; html: string; to: Array<{ address: string }> }

async function emailsTo(address: string): Promise<Email[]> {
  const response = await fetch(`${inboxUrl}/email`)
  const all = (await response.json()) as Email[]
  // Reset e-mails only: demo producers also get notices (new orders of other tests' checkouts).
  return all.filter((e) => e.to.some((t) => t.address === address) && /password|mật khẩu/i.test(e.subject))
}

/** Waits for the `count`-th e-mail to the address and returns it. */
async function nthEmailTo(address: string, count: number): Promise<Email> {
  const deadline = Date.now() + 30_000
  for (;;) {
    const found = await emailsTo(address)
    if (found.length >= count) return found[count - 1]!
    if (Date.now() > deadline) throw new Error(`No e-mail #${count} reached ${address}; it has ${found.length}`)
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
}

function linkIn(email: Email): string {
  const link = /(https?:\/\/\S+[?&]token=[^\s&]+)/.exec(email.text)?.[1]
  expect(link, email.text).toBeTruthy()
  expect(email.html).toContain(`href="${link!.replace(/&/g, "&amp;")}"`)
  return link!
}

async function askForLink(page: Page, loginPath: string, email: string) {
  await page.goto(`${storefrontUrl}${loginPath}`)
  await page.getByRole("link", { name: "Quên mật khẩu?" }).click()
  await page.waitForURL(/\/reset-password$/)
  await page.fill("#reset-email", email)
  await page.locator("form:has(#reset-email) button[type=submit]").click()
  const status = page.locator("#reset-sent")
  await status.waitFor({ timeout: 30_000 })
  return (await status.textContent())!.replace(email, "EMAIL")
}

async function setPassword(page: Page, link: string, password: string) {
  await page.goto(link)
  await page.fill("#reset-password", password)
  await page.fill("#reset-confirm", password)
  await page.locator("form:has(#reset-password) button[type=submit]").click()
  await page.locator("#reset-done, form:has(#reset-password) [role=alert]").first().waitFor({ timeout: 30_000 })
}

describe("password reset by e-mail", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("a customer asks, follows the e-mailed link, sets a password and logs in with it; the link works once", async () => {
    const email = `reset-${Date.now().toString(36)}@example.vn`
    // A customer account of its own, made through the store API as the storefront does.
    const register = await fetch(`${backendUrl}/auth/customer/emailpass/register`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: "old-password-1" }),
    })
    const { token } = (await register.json()) as { token: string }
    const created = await fetch(`${backendUrl}/store/customers`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-publishable-api-key": publishableKey },
      body: JSON.stringify({ email, first_name: "Thu" }),
    })
    expect(created.status).toBe(200)

    const page = await browser.newPage({ viewport: VIEWPORTS.phone })
    const known = await askForLink(page, "/vi/account", email)
    // Asking for an address without an account answers the same, and sends nothing.
    const unknown = await askForLink(page, "/vi/account", "nobody-here@example.vn")
    expect(unknown).toBe(known)
    expect(known).toContain("Nếu EMAIL có tài khoản")

    const mail = await nthEmailTo(email, 1)
    expect(mail.subject).toBe("OCOP Quảng Ninh: đặt lại mật khẩu")
    expect(mail.text).toContain(`tài khoản mua hàng ${email}`)
    expect(mail.text).toContain("Bạn nhận e-mail này vì có yêu cầu đặt lại mật khẩu")
    const link = linkIn(mail)
    expect(link.startsWith(`${storefrontUrl}/vi/account/reset-password?token=`)).toBe(true)

    await setPassword(page, link, "new-password-2")
    await expect(page.locator("#reset-done").textContent()).resolves.toContain("Đã đổi mật khẩu")
    await screenshot(page, "password-reset-customer-done")
    await page.getByRole("link", { name: "Đăng nhập" }).click()
    await page.waitForURL(/\/vi\/account$/)
    await page.fill("#login-email", email)
    await page.fill("#login-password", "new-password-2")
    await page.locator("form:has(#login-email) button[type=submit]").click()
    await page.locator("h1", { hasText: "Thu" }).waitFor({ timeout: 30_000 })
    await expect(page.locator("#login-email").count()).resolves.toBe(0)

    // The same link again, or one whose token was altered, is refused with a clear message.
    await page.context().clearCookies()
    await setPassword(page, link, "third-password-3")
    await expect(page.locator("form:has(#reset-password) [role=alert]").textContent()).resolves.toContain("Liên kết này đã hết hạn hoặc đã được dùng")
    await setPassword(page, link.replace(/token=([^.]+)\.([^.]+)\.(.+)$/, "token=$1.$2.x$3"), "third-password-3")
    await expect(page.locator("form:has(#reset-password) [role=alert]").textContent()).resolves.toContain("Liên kết này đã hết hạn hoặc đã được dùng")
    await screenshot(page, "password-reset-customer-reused")
    // The password is still the one set through the link.
    const login = await fetch(`${backendUrl}/auth/customer/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: "new-password-2" }),
    })
    expect(login.status).toBe(200)

    expect(await emailsTo("nobody-here@example.vn")).toHaveLength(0)
    expect(await emailsTo(email)).toHaveLength(1)
    await page.close()
  })

  it("a producer resets the portal's password in English and signs in with it", async () => {
    // producer2 is the seed's second producer, used by no other browser test.
    const email = "producer2@ocop.local"
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    const before = (await emailsTo(email)).length
    await page.goto(`${storefrontUrl}/en/producer/login`)
    await page.getByRole("link", { name: "Forgot your password?" }).click()
    await page.waitForURL(/\/en\/producer\/reset-password$/)
    await page.fill("#reset-email", email)
    await page.locator("form:has(#reset-email) button[type=submit]").click()
    await page.locator("#reset-sent").waitFor({ timeout: 30_000 })

    const mail = await nthEmailTo(email, before + 1)
    expect(mail.subject).toBe("OCOP Quảng Ninh: reset your password")
    expect(mail.text).toContain(`producer account ${email}`)
    const link = linkIn(mail)
    expect(link.startsWith(`${storefrontUrl}/en/producer/reset-password?token=`)).toBe(true)

    await page.goto(link)
    await page.fill("#reset-password", "producer-new-1")
    await page.fill("#reset-confirm", "producer-typo-1")
    await page.locator("form:has(#reset-password) button[type=submit]").click()
    await expect(page.locator("#reset-confirm-error").textContent()).resolves.toBe("The two passwords are not the same.")
    await page.fill("#reset-password", "producer-new-1")
    await page.fill("#reset-confirm", "producer-new-1")
    await page.locator("form:has(#reset-password) button[type=submit]").click()
    await page.getByText("Your password has been changed.").waitFor({ timeout: 30_000 })
    await page.getByRole("link", { name: "Log in" }).click()
    await page.waitForURL(/\/en\/producer\/login$/)
    await page.fill("#pp-email", email)
    await page.fill("#pp-password", "producer-new-1")
    await page.locator("form:has(#pp-email) button[type=submit]").click()
    await page.waitForURL(/\/en\/producer$/, { timeout: 30_000 })
    await screenshot(page, "password-reset-producer-signed-in")
    await page.close()
  })
})
