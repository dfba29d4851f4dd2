import { medusaIntegrationTestRunner } from "../helpers/runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { spawn } from "node:child_process"
import path from "node:path"
import { app } from "../search/fixtures"

type Guard = typeof import("../../src/modules/production-guard/loaders/refuse-demo-accounts")
const guard = () => app<Guard>("../../src/modules/production-guard/loaders/refuse-demo-accounts")
type Foundation = typeof import("../../src/scripts/seed/foundation")
const seedFoundation = (container: any) => app<Foundation>("../../src/scripts/seed/foundation").seedFoundation(container)

const BACKEND = path.resolve(__dirname, "../..")
const MEDUSA = path.resolve(BACKEND, "../node_modules/.bin/medusa")

/** Starts `medusa start` the way production does and resolves once /health answers; kill() stops it. */
async function startServer(env: Record<string, string>, port: number) {
  const child = spawn(MEDUSA, ["start", "--port", String(port)], {
    cwd: BACKEND,
    env: { ...process.env, OCOP_DEV_DEFAULTS: "", LOG_LEVEL: "error", ...env },
    detached: true,
    stdio: "ignore",
  })
  const kill = () => {
    try {
      process.kill(-child.pid!, "SIGKILL")
    } catch {}
  }
  for (let tries = 0; tries < 240; tries++) {
    const up = await fetch(`http://localhost:${port}/health`).then((r) => r.ok, () => false)
    if (up) return { kill }
    if (child.exitCode !== null) break
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  kill()
  throw new Error("medusa start did not answer /health")
}

/** Runs a medusa command the way production does; resolves with its exit code and output. */
function medusa(args: string[], env: Record<string, string>, timeoutMs = 150_000) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(MEDUSA, args, {
      cwd: BACKEND,
      env: { ...process.env, OCOP_DEV_DEFAULTS: "", LOG_LEVEL: "info", ...env },
      detached: true,
    })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    // A server that came up despite the demo accounts: stop it, the test fails on the code.
    const timer = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), timeoutMs)
    child.on("exit", (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}

medusaIntegrationTestRunner({
  testSuite: ({ getContainer, dbConfig }) => {
    const production = () => ({
      NODE_ENV: "production",
      DATABASE_URL: dbConfig.clientUrl,
      JWT_SECRET: "a-strong-random-jwt-secret-for-the-test",
      COOKIE_SECRET: "a-strong-random-cookie-secret-for-the-test",
      VIETQR_BANK_BIN: "970436",
      VIETQR_ACCOUNT_NUMBER: "0011001234567",
      VIETQR_ACCOUNT_NAME: "CONG TY OCOP",
    })
    const pg = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)

    describe("production and the demo accounts", () => {
      it("refuses to run the development seed with NODE_ENV=production", async () => {
        expect(await guard().findDemoLogins(pg())).toEqual([])
        const run = await medusa(["exec", "./src/scripts/seed.ts"], production())
        expect(run.code).not.toBe(0)
        expect(run.output).toContain("Refusing to run the development seed with NODE_ENV=production")
        expect(await guard().findDemoLogins(pg())).toEqual([])
      }, 300_000)

      // One test: the runner empties the database after each.
      it("`medusa start` in production exits with a one-line reason while a demo login exists, not once deleted", async () => {
        await seedFoundation(getContainer())
        const found = await guard().findDemoLogins(pg())
        expect(found).toContain("admin@ocop.local")
        await pg().raw("update provider_identity set deleted_at = now() where entity_id like '%@ocop.local'")
        expect(await guard().findDemoLogins(pg())).toEqual([])
        await pg().raw("update provider_identity set deleted_at = null where entity_id like '%@ocop.local'")

        const run = await medusa(["start", "--port", "9169"], production())
        expect(run.code).not.toBe(0)
        const reason = run.output.split("\n").find((line) => line.includes("Refusing to run in production"))
        expect(reason).toContain("admin@ocop.local")
        expect(reason).toContain("OCOP_DEV_DEFAULTS=true")
      }, 300_000)

      // Issue #22: the quickstart's cookie is not Secure over plain http (storefront/test/quickstart.test.ts);
      // production, behind its TLS proxy, keeps it Secure and SameSite=Lax.
      it("`medusa start` in production behind https sets a Secure, Lax session cookie that opens the dashboard's API", async () => {
        const email = "operator@example.org"
        const password = "a-long-operator-password"
        const created = await medusa(["user", "-e", email, "-p", password], production())
        expect(created.code).toBe(0)
        const port = 9170
        // The dashboard's bundle is not what is tested here, its API is.
        const server = await startServer({ ...production(), MEDUSA_DISABLE_ADMIN: "true" }, port)
        try {
          const base = `http://localhost:${port}`
          const login = await fetch(`${base}/auth/user/emailpass`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ email, password }),
          })
          expect(login.status).toBe(200)
          const { token } = (await login.json()) as { token: string }
          const session = await fetch(`${base}/auth/session`, {
            method: "POST",
            headers: { authorization: `Bearer ${token}`, "x-forwarded-proto": "https" },
          })
          expect(session.status).toBe(200)
          const cookie = session.headers.get("set-cookie") ?? ""
          expect(cookie).toMatch(/;\s*Secure/i)
          expect(cookie).toMatch(/SameSite=Lax/i)
          const me = await fetch(`${base}/admin/users/me`, {
            headers: { cookie: cookie.split(";")[0], "x-forwarded-proto": "https" },
          })
          expect(me.status).toBe(200)
          // Plain http straight to a production server: no cookie is handed out at all.
          const plain = await fetch(`${base}/auth/session`, { method: "POST", headers: { authorization: `Bearer ${token}` } })
          expect(plain.headers.get("set-cookie")).toBeNull()
        } finally {
          server.kill()
        }
      }, 300_000)
    })
  },
})
