import path from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { firstLoadJs } from "../../scripts/lib/first-load-js.mjs"

// Every page's first-load JavaScript stays within 180 KB gzipped (issue #16's page budget), read
// from the production build the browser tests run. A client form that imports a module of checks
// brings the phone-number library along (46 KB): the partner's shelf pages once went to 210 KB.
const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", process.env.OCOP_NEXT_DIST_DIR || ".next")
const LIMIT_KB = 180

describe("first-load JavaScript of the production build", () => {
  it(`is at most ${LIMIT_KB} KB gzipped on every page`, () => {
    const routes = firstLoadJs(DIST)
    expect(routes.size).toBeGreaterThan(30)
    const over = [...routes].filter(([, kb]) => kb > LIMIT_KB).map(([route, kb]) => `${route}: ${kb.toFixed(1)} KB`)
    expect(over).toEqual([])
  })
})
