// The browser tests' servers run exactly as `npm start` runs them (issue #22), and the dashboard's
// session cookie works over the quickstart's plain http while staying Secure behind https.
import fs from "node:fs"
import { describe, expect, inject, it } from "vitest"
import { QUICKSTART_SWITCHES } from "../../scripts/lib/stack.mjs"
import { adminToken } from "./journey"

const backendUrl = inject("backendUrl")
const processIds = inject("processIds")

/** The environment a running process was started with, as the kernel keeps it. */
function environmentOf(pid: number) {
  const raw = fs.readFileSync(`/proc/${pid}/environ`, "utf8")
  return Object.fromEntries(
    raw
      .split("\0")
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)])
  ) as Record<string, string>
}

async function openSession(headers: Record<string, string> = {}) {
  const token = await adminToken(backendUrl)
  expect(token).toBeTruthy()
  const response = await fetch(`${backendUrl}/auth/session`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, ...headers },
  })
  expect(response.status).toBe(200)
  return response.headers.get("set-cookie") ?? ""
}

describe("the tested servers run in the quickstart's configuration", () => {
  it("backend and storefront have npm start's switches and nothing of the test runner", () => {
    expect(QUICKSTART_SWITCHES).toEqual({ NODE_ENV: "production", OCOP_DEV_DEFAULTS: "true" })
    for (const [name, pid] of Object.entries(processIds)) {
      const env = environmentOf(pid)
      for (const [key, value] of Object.entries(QUICKSTART_SWITCHES)) expect(env[key], `${name} ${key}`).toBe(value)
      expect(Object.keys(env).filter((key) => key.startsWith("VITEST")), name).toEqual([])
    }
  })
})

describe("the dashboard's session over the quickstart's plain http", () => {
  it("POST /auth/session sets a Lax, non-Secure cookie that opens /admin/users/me", async () => {
    const cookie = await openSession()
    expect(cookie).toMatch(/^connect\.sid=/)
    expect(cookie).toMatch(/SameSite=Lax/i)
    expect(cookie).not.toMatch(/;\s*Secure/i)
    const me = await fetch(`${backendUrl}/admin/users/me`, { headers: { cookie: cookie.split(";")[0] } })
    expect(me.status).toBe(200)
    const { user } = (await me.json()) as { user: { email: string } }
    expect(user.email).toBe("admin@ocop.local")
  })

  it("reached through an https proxy, the same backend marks the cookie Secure", async () => {
    const cookie = await openSession({ "x-forwarded-proto": "https" })
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
  })

  it("without a session the dashboard's API refuses", async () => {
    const me = await fetch(`${backendUrl}/admin/users/me`)
    expect(me.status).toBe(401)
  })
})
