import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
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
    })
  },
})
