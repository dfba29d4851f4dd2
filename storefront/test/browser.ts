// One Chromium per test file, driven by playwright-core (Debian's binary; nothing downloaded).
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { chromium, type Browser, type Locator, type Page } from "playwright-core"
import { CHROMIUM_ARGS, findChromium } from "../../scripts/lib/chromium.mjs"

export const SCREENSHOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", ".data", "screenshots")

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
} as const

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
}

export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true })
}

/**
 * Waits until React has hydrated `locator`'s element (React keeps its fiber on the DOM node). Typing
 * into a controlled input before that is lost: hydration keeps the state the server rendered, and the
 * typed value then looks unchanged to React, so no onChange ever comes. A loaded machine shows it.
 */
export async function hydrated(locator: Locator): Promise<Locator> {
  await locator.waitFor()
  await locator.page().waitForFunction(
    (element) => !!element && Object.keys(element).some((key) => key.startsWith("__reactFiber$")),
    await locator.elementHandle(),
    { timeout: 30_000 },
  )
  return locator
}
