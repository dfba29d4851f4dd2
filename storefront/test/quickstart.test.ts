// The browser tests' servers run exactly as `npm start` runs them (issue #22), and the dashboard's
// session cookie works over the quickstart's plain http while staying Secure behind https.
import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { describe, expect, inject, it } from "vitest"
import { installationSecrets } from "../../scripts/lib/secrets.mjs"
import { QUICKSTART_SWITCHES, quickstartEnv } from "../../scripts/lib/stack.mjs"
import { adminToken } from "./journey"

const backendUrl = inject("backendUrl")
const storefrontUrl = inject("storefrontUrl")
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
    const me = await fetch(`${backendUrl}/admin/users/me`, { headers: { cookie: cookie.split(";")[0]! } })
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

/** A JWT (HS256) with `payload`, signed with `secret`. */
function signJwt(payload: Record<string, unknown>, secret: string) {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url")
  const unsigned = `${part({ alg: "HS256", typ: "JWT" })}.${part(payload)}`
  return `${unsigned}.${crypto.createHmac("sha256", secret).update(unsigned).digest("base64url")}`
}

/** The local addresses (hex, as the kernel writes them) listening on `port`, over IPv4 and IPv6. */
function listeningAddresses(port: number) {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0")
  return ["/proc/net/tcp", "/proc/net/tcp6"].flatMap((file) =>
    fs
      .readFileSync(file, "utf8")
      .split("\n")
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      // local_address is "ADDRESS:PORT"; state 0A is LISTEN.
      .filter((fields) => fields[1]?.endsWith(`:${hexPort}`) && fields[3] === "0A")
      .map((fields) => fields[1]!.split(":")[0]!)
  )
}

describe("the quickstart's secrets and addresses (issue #21)", () => {
  it("makes an installation's secrets once, keeps them in .data readable by its owner only", () => {
    const tempRoot = () => fs.mkdtempSync(path.join(os.tmpdir(), "ocop-secrets-"))
    const [root, other] = [tempRoot(), tempRoot()]
    try {
      const first = installationSecrets(root)
      expect(Object.keys(first).sort()).toEqual(["COOKIE_SECRET", "JWT_SECRET", "OCOP_STOREFRONT_SECRET", "REVALIDATE_SECRET"])
      expect(new Set(Object.values(first)).size).toBe(4)
      expect(fs.statSync(path.join(root, ".data", "secrets.json")).mode & 0o777).toBe(0o600)
      expect(installationSecrets(root)).toEqual(first)
      expect(installationSecrets(other).JWT_SECRET).not.toBe(first.JWT_SECRET)
    } finally {
      for (const dir of [root, other]) fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it("binds to 127.0.0.1 unless HOST says otherwise", () => {
    expect(quickstartEnv({}).HOST).toBe("127.0.0.1")
    expect(quickstartEnv({ HOST: "0.0.0.0" }).HOST).toBe("0.0.0.0")
  })

  it("refuses an admin token signed with the old development secret, accepts its own", async () => {
    const genuine = await adminToken(backendUrl)
    const payload = JSON.parse(Buffer.from(genuine.split(".")[1]!, "base64url").toString()) as Record<string, unknown>
    const asAdmin = (token: string) => fetch(`${backendUrl}/admin/users/me`, { headers: { authorization: `Bearer ${token}` } })

    const backendEnv = environmentOf(processIds.backend)
    expect(backendEnv.JWT_SECRET).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(backendEnv.COOKIE_SECRET).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(backendEnv.COOKIE_SECRET).not.toBe(backendEnv.JWT_SECRET)
    // The same claims, signed with the backend's own secret, open the dashboard's API...
    expect((await asAdmin(signJwt(payload, backendEnv.JWT_SECRET!))).status).toBe(200)
    // ...and signed with the secret once written in medusa-config.ts, they do not.
    expect((await asAdmin(signJwt(payload, "ocop-dev-secret"))).status).toBe(401)
  })

  it("backend and storefront listen on 127.0.0.1 only", () => {
    for (const url of [backendUrl, storefrontUrl]) {
      const addresses = listeningAddresses(Number(new URL(url).port))
      expect(addresses.length, url).toBeGreaterThan(0)
      // 0100007F is 127.0.0.1 in the kernel's byte order.
      expect([...new Set(addresses)], url).toEqual(["0100007F"])
    }
  })
})
