import { medusaIntegrationTestRunner } from "../helpers/runner"
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { PRODUCTS } from "../../src/scripts/seed/catalog-data"
import { placeOrder, setUpShop } from "../payments/checkout"
import { loadCatalog } from "../search/fixtures"

const ROOT = path.resolve(__dirname, "../../..")

/** Runs one of the root backup scripts (npm run db:backup / db:restore) as an operator would. */
function script(name: string, args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [path.join(ROOT, "scripts", name), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
  })
  return { code: run.status, output: `${run.stdout}${run.stderr}` }
}

/** What must survive a restore: the catalog with its certificates, and the orders. */
async function snapshot(url: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const q = async (sql: string) => (await client.query(sql)).rows
    return {
      products: await q("select handle, title, status from product where deleted_at is null order by handle"),
      certificates: await q(
        "select decision_number, stars, score, decision_date::text from ocop_certificate where deleted_at is null order by decision_number, stars"
      ),
      orders: await q('select id, display_id, email, status from "order" where deleted_at is null order by display_id'),
      items: await q(
        "select li.title, oi.quantity::int, li.unit_price::int from order_line_item li join order_item oi on oi.item_id = li.id order by li.title"
      ),
    }
  } finally {
    await client.end()
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    describe("db:backup and db:restore", () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-backup-"))
      const dump = path.join(dir, "shop.dump")
      let restoredUrl: string

      afterAll(async () => {
        fs.rmSync(dir, { recursive: true, force: true })
        if (!restoredUrl) return
        const maintenance = new URL(restoredUrl)
        const name = maintenance.pathname.slice(1)
        maintenance.pathname = "/postgres"
        const client = new pg.Client({ connectionString: maintenance.toString() })
        await client.connect()
        await client.query(`drop database if exists "${name}" with (force)`)
        await client.end()
      })

      it("restores a dump into a fresh database with the same catalog, certificates and orders; refuses to overwrite without --force", async () => {
        const container = getContainer()
        await loadCatalog(container, { handles: PRODUCTS.slice(0, 3).map((p) => p.handle) })
        const shop = await setUpShop(container, api, ["pp_cod_cod"])
        const { order } = await placeOrder(api, shop, "pp_cod_cod", { email: "sao-luu@example.vn" })

        const source = dbConfig.clientUrl
        const before = await snapshot(source)
        expect(before.products.length).toBe(4)
        expect(before.certificates.length).toBe(3)
        expect(before.orders).toEqual([expect.objectContaining({ id: order.id, email: "sao-luu@example.vn" })])

        const backup = script("db-backup.mjs", ["--out", dump], { DATABASE_URL: source })
        expect(backup.output).toContain("written to")
        expect(backup.code).toBe(0)
        expect(fs.statSync(dump).size).toBeGreaterThan(10_000)

        const target = new URL(source)
        target.pathname = `/ocop-restore-${process.pid}-${Date.now()}`
        restoredUrl = target.toString()
        const restore = script("db-restore.mjs", [dump, "--into", restoredUrl])
        expect(restore.output).toContain("Restored")
        expect(restore.code).toBe(0)
        expect(await snapshot(restoredUrl)).toEqual(before)

        // A database with tables is not overwritten by accident…
        const again = script("db-restore.mjs", [dump, "--into", restoredUrl])
        expect(again.code).toBe(1)
        expect(again.output).toMatch(/already has \d+ tables: restoring would replace them.*--force/)
        // …but is replaced with --force, down to the same contents.
        const client = new pg.Client({ connectionString: restoredUrl })
        await client.connect()
        await client.query("update product set title = 'changed after the backup'")
        await client.end()
        const forced = script("db-restore.mjs", [dump, "--into", restoredUrl, "--force"])
        expect(forced.code).toBe(0)
        expect(await snapshot(restoredUrl)).toEqual(before)
      }, 300_000)
    })
  },
})
