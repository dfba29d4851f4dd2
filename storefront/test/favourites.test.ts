import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, BrowserContext, Locator, Page } from "playwright-core"
import { launchBrowser, screenshot, VIEWPORTS } from "./browser"

// Favourites (issue #18): a guest's hearts stay in the browser across reloads, join the demo
// customer's account at login without doubles, leave from the account's list (the product page's
// heart follows), and another customer sees none of them.

const storefrontUrl = inject("storefrontUrl")
const backendUrl = inject("backendUrl")
const publishableKey = inject("publishableKey")
const DEMO = { email: "customer@ocop.local", password: "ocop-dev-customer" }
const OTHER = { email: `yeu.thich.${Date.now().toString(36)}@example.vn`, password: "mat-khau-yeu-thich" }
// A product page's heart; the card's is picked on the home page.
const PAGE_HANDLE = "mien-dong-binh-lieu"
const STEP = 300_000

async function customerToken(who: { email: string; password: string }): Promise<string> {
  const answer = await fetch(`${backendUrl}/auth/customer/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(who),
  })
  expect(answer.status).toBe(200)
  return ((await answer.json()) as { token: string }).token
}

async function store(path: string, token: string, init: RequestInit = {}) {
  return fetch(`${backendUrl}${path}`, {
    ...init,
    headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey, authorization: `Bearer ${token}` },
  })
}

async function favouriteIdsOf(token: string): Promise<string[]> {
  const answer = await store("/store/customers/me/favourites", token)
  expect(answer.status).toBe(200)
  return ((await answer.json()) as { favourites: { product_id: string }[] }).favourites.map((f) => f.product_id)
}

async function productByHandle(handle: string): Promise<{ id: string; title: string }> {
  const answer = await fetch(`${backendUrl}/store/products?handle=${handle}&fields=id,title`, { headers: { "x-publishable-api-key": publishableKey } })
  const { products } = (await answer.json()) as { products: { id: string; title: string }[] }
  expect(products).toHaveLength(1)
  return products[0]!
}

async function registerOther() {
  const registered = await fetch(`${backendUrl}/auth/customer/emailpass/register`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(OTHER),
  })
  const { token } = (await registered.json()) as { token: string }
  const created = await store("/store/customers", token, { method: "POST", body: JSON.stringify({ email: OTHER.email, first_name: "Khách", last_name: "Khác" }) })
  expect(created.status).toBe(200)
}

async function logIn(page: Page, who: { email: string; password: string }) {
  await page.goto(`${storefrontUrl}/vi/account`)
  await page.fill("#login-email", who.email)
  await page.fill("#login-password", who.password)
  await page.locator("form:has(#login-email) button[type=submit]").click()
  await page.locator("main button:has-text('Đăng xuất')").waitFor({ timeout: 60_000 })
}

/** A heart once its list is known (a customer's comes from the server): enabled. */
async function settled(heart: Locator): Promise<Locator> {
  await expect.poll(() => heart.first().isEnabled(), { timeout: 30_000 }).toBe(true)
  return heart
}

async function pressed(heart: Locator): Promise<string[]> {
  await settled(heart)
  return heart.evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-pressed") ?? "none"))
}

/** The server actions a page sends while it loads (Next marks them with a Next-Action header). */
function countActions(page: Page): () => number {
  let count = 0
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) count++
  })
  return () => count
}

/** The cards' titles in the account's list. */
async function listedTitles(page: Page): Promise<string[]> {
  await page.goto(`${storefrontUrl}/vi/account/favourites`)
  await page.locator("main h1").waitFor()
  return (await page.locator("main .product-card__link").allTextContents()).map((t) => t.trim())
}

describe("favourites", () => {
  let browser: Browser
  let demoToken: string
  let keptBefore: string[]
  const added: string[] = []

  beforeAll(async () => {
    browser = await launchBrowser()
    await registerOther()
    demoToken = await customerToken(DEMO)
    keptBefore = await favouriteIdsOf(demoToken)
  })
  afterAll(async () => {
    // The suite's later files share the demo customer: leave its favourites as they were.
    for (const id of added.filter((id) => !keptBefore.includes(id))) {
      await store(`/store/customers/me/favourites/${id}`, demoToken, { method: "DELETE" })
    }
    await browser?.close()
  })

  it("a guest's hearts survive a reload, join the account at login without doubles, and leave from the account", async () => {
    const guest: BrowserContext = await browser.newContext({ viewport: VIEWPORTS.desktop })
    const page = await guest.newPage()
    const actions = countActions(page)

    // A card's heart on the home page, with no request for any card.
    await page.goto(`${storefrontUrl}/vi`)
    const firstCard = page.locator("main .product-card").first()
    const cardTitle = ((await firstCard.locator(".product-card__link").textContent()) ?? "").trim()
    const cardHandle = ((await firstCard.locator(".product-card__link").getAttribute("href")) ?? "").split("/").pop()!
    const cardProduct = await productByHandle(cardHandle)
    const pageProduct = await productByHandle(PAGE_HANDLE)
    expect(cardProduct.id).not.toBe(pageProduct.id)
    added.push(cardProduct.id, pageProduct.id)
    // The account already holds the card's product: the merge must not double it.
    expect((await store("/store/customers/me/favourites", demoToken, { method: "POST", body: JSON.stringify({ product_id: cardProduct.id }) })).status).toBe(200)

    const cardHearts = page.getByRole("button", { name: `Yêu thích: ${cardTitle}`, exact: true })
    expect(await pressed(cardHearts)).toEqual(expect.arrayContaining(["false"]))
    await cardHearts.first().click()
    // Every heart of that product on the page (it may be on two shelves) follows the one clicked.
    for (const state of await pressed(cardHearts)) expect(state).toBe("true")
    expect(actions()).toBe(0)

    // The product page's heart, in words.
    await page.goto(`${storefrontUrl}/vi/products/${PAGE_HANDLE}`)
    const pageHeart = page.getByRole("button", { name: `Yêu thích: ${pageProduct.title}`, exact: true })
    await expect(pageHeart.textContent()).resolves.toContain("Yêu thích")
    expect(await pressed(pageHeart)).toEqual(["false"])
    await pageHeart.click()
    expect(await pressed(pageHeart)).toEqual(["true"])

    // Reloaded: both still on.
    await page.reload()
    expect(await pressed(pageHeart)).toEqual(["true"])
    await page.goto(`${storefrontUrl}/vi`)
    for (const state of await pressed(cardHearts)) expect(state).toBe("true")
    // In English too, labelled in English.
    await page.goto(`${storefrontUrl}/en/products/${PAGE_HANDLE}`)
    expect(await pressed(page.locator("main .favourite__button"))).toEqual(["true"])
    await expect(page.locator("main .favourite__button").getAttribute("aria-label")).resolves.toMatch(/^Favourite: /)
    await screenshot(page, "favourites-product-page")
    expect(actions()).toBe(0)

    // Logged in as the demo customer: the account holds both, each once.
    await logIn(page, DEMO)
    const titles = await listedTitles(page)
    expect(titles.filter((t) => t === cardTitle)).toHaveLength(1)
    expect(titles.filter((t) => t === pageProduct.title)).toHaveLength(1)
    const kept = await favouriteIdsOf(demoToken)
    expect(kept.filter((id) => id === cardProduct.id)).toHaveLength(1)
    expect(kept.filter((id) => id === pageProduct.id)).toHaveLength(1)
    expect(new Set(kept)).toEqual(new Set([...keptBefore, cardProduct.id, pageProduct.id]))
    expect(titles).toHaveLength(kept.length)
    // Merged: the browser's own list is cleared.
    await page.waitForFunction(() => window.localStorage.getItem("ocop_favourites") === null, undefined, { timeout: 30_000 })
    await screenshot(page, "favourites-account")

    // Removed in the account: its card leaves, the backend forgets it, the product page's heart is off.
    await page.getByRole("button", { name: `Bỏ khỏi Yêu thích: ${pageProduct.title}` }).click()
    await expect.poll(() => page.locator("main .product-card__link", { hasText: pageProduct.title }).count()).toBe(0)
    await expect.poll(() => favouriteIdsOf(demoToken)).not.toContain(pageProduct.id)
    await page.goto(`${storefrontUrl}/vi/products/${PAGE_HANDLE}`)
    expect(await pressed(pageHeart)).toEqual(["false"])

    // Signed in, a page full of cards reads the list once.
    const before = actions()
    await page.goto(`${storefrontUrl}/vi`)
    await pressed(cardHearts)
    expect(actions() - before).toBe(1)
    for (const state of await pressed(cardHearts)) expect(state).toBe("true")
    await guest.close()
  }, STEP)

  it("another customer sees none of them", async () => {
    const other = await browser.newContext({ viewport: VIEWPORTS.phone })
    const page = await other.newPage()
    await logIn(page, OTHER)
    expect(await listedTitles(page)).toEqual([])
    await expect(page.locator("main .empty-state").textContent()).resolves.toMatch(/trái tim/)
    await screenshot(page, "favourites-empty")
    // The demo customer's hearts (the home page's first card among them) are off here.
    await page.goto(`${storefrontUrl}/vi`)
    const hearts = page.locator("main .favourite__button")
    expect(await hearts.count()).toBeGreaterThan(0)
    for (const state of await pressed(hearts)) expect(state).toBe("false")
    await other.close()
  }, STEP)
})
