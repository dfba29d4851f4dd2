// The browser for storefront tests: Debian's chromium (Playwright cannot download one here).
import fs from "node:fs"
import { fail } from "./fail.mjs"

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
]

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
  const found = candidates.find((candidate) => candidate && fs.existsSync(candidate))
  if (!found) {
    fail("Chromium is missing for the browser tests. Install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.")
  }
  return found
}
