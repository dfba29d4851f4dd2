import { describe, expect, it } from "vitest"
import { REVALIDATE_MAX_SKEW_MS, signRevalidation, verifyRevalidation } from "./revalidate"

const SECRET = "a-secret-of-thirty-two-characters-or-more"
const BODY = JSON.stringify({ tags: ["products"] })

describe("revalidation signatures", () => {
  it("accepts the body it signs with the shared secret", () => {
    expect(verifyRevalidation(SECRET, BODY, signRevalidation(SECRET, BODY, 1_000), 1_000)).toBe(true)
  })

  it("refuses another secret, another body, a missing or malformed header", () => {
    const header = signRevalidation(SECRET, BODY, 1_000)
    expect(verifyRevalidation("another-secret", BODY, header, 1_000)).toBe(false)
    expect(verifyRevalidation(SECRET, JSON.stringify({ tags: ["producers"] }), header, 1_000)).toBe(false)
    expect(verifyRevalidation(SECRET, BODY, null, 1_000)).toBe(false)
    expect(verifyRevalidation(SECRET, BODY, "t=1000,v1=zz", 1_000)).toBe(false)
    expect(verifyRevalidation("", BODY, signRevalidation("", BODY, 1_000), 1_000)).toBe(false)
  })

  it("refuses a signature older or newer than the allowed skew (no replays)", () => {
    const header = signRevalidation(SECRET, BODY, 1_000)
    expect(verifyRevalidation(SECRET, BODY, header, 1_000 + REVALIDATE_MAX_SKEW_MS)).toBe(true)
    expect(verifyRevalidation(SECRET, BODY, header, 1_001 + REVALIDATE_MAX_SKEW_MS)).toBe(false)
    expect(verifyRevalidation(SECRET, BODY, signRevalidation(SECRET, BODY, 1_000 + REVALIDATE_MAX_SKEW_MS + 1), 0)).toBe(false)
  })
})
