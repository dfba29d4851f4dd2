import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import { execFile } from "node:child_process"
import path from "node:path"
import { promisify } from "node:util"
import { app } from "../search/fixtures"

// Issue #19, part 5: the development seed (src/scripts/seed.ts) on a fresh database gives the demo
// producer sales in several past months and in its dashboard's last 30 days, the demo partner
// figures by month, one returned order, a ledger that reconciles, and nothing more when run again.

type SeedScript = typeof import("../../src/scripts/seed")
type History = typeof import("../../src/scripts/seed/history")
const seed = app<SeedScript>("../../src/scripts/seed").default
const { HISTORY_ORDERS, HISTORY_BUYERS } = app<History>("../../src/scripts/seed/history")
const run = promisify(execFile)
const DAY = 86_400_000

/** The Vietnam month (YYYY-MM) `n` months before now. */
function monthBefore(n: number): string {
  const vn = new Date(Date.now() + 7 * 3_600_000)
  const d = new Date(Date.UTC(vn.getUTCFullYear(), vn.getUTCMonth() - n, 1))
  return d.toISOString().slice(0, 7)
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("the development seed's history: months of sales for the demo producer and partner, one return, a ledger with 0 differences", async () => {
      const started = Date.now()
      await seed({ container: getContainer(), args: [] } as never)
      console.log(`development seed (fresh database): ${((Date.now() - started) / 1000).toFixed(1)} s`)

      const login = async (actor: "producer" | "partner", email: string, password: string) => {
        const { data } = await api.post(`/auth/${actor}/emailpass`, { email, password })
        return { headers: { authorization: `Bearer ${data.token}` } }
      }
      const producer = await login("producer", "producer@ocop.local", "ocop-dev-producer")
      const tea = await login("producer", "producer2@ocop.local", "ocop-dev-producer")
      const partner = await login("partner", "partner@ocop.local", "ocop-dev-partner")

      // The statements of the last four months: sales in at least two of them, for each demo producer.
      const months = [0, 1, 2, 3].map(monthBefore)
      for (const auth of [producer, tea]) {
        const sales = []
        for (const month of months) sales.push((await api.get(`/producer/statements?month=${month}`, auth)).data.gross_sales as number)
        expect(sales.filter((s) => s > 0).length, `sales by month ${months.join(", ")}: ${sales.join(", ")}`).toBeGreaterThanOrEqual(2)
        // The ledger's months say the same (GET /producer/balance/months).
        const ledgerMonths = []
        for (const month of months) ledgerMonths.push((await api.get(`/producer/balance/months?month=${month}`, auth)).data.lines.length as number)
        expect(ledgerMonths.filter((n) => n > 0).length).toBeGreaterThanOrEqual(2)
      }
      // The dashboard's chart (storefront/src/lib/producer-portal/dashboard.ts): orders of the last
      // 30 days, newest first, placed on several days; some still to ship.
      const { data: listed } = await api.get("/producer/orders?limit=100", producer)
      const recent = (listed.orders as Array<{ created_at: string; sales_total: number; items: Array<{ remaining_quantity: number }> }>).filter(
        (o) => Date.now() - new Date(o.created_at).getTime() < 30 * DAY && o.sales_total > 0
      )
      expect(new Set(recent.map((o) => o.created_at.slice(0, 10))).size).toBeGreaterThanOrEqual(2)
      expect(listed.orders.some((o: { items: Array<{ remaining_quantity: number }> }) => o.items.some((i) => i.remaining_quantity > 0))).toBe(true)
      expect(listed.orders.every((o: { created_at: string }) => new Date(o.created_at).getTime() <= Date.now())).toBe(true)

      // The partner's monthly table (GET /partner/stats): orders and commission in at least two months.
      const { data: stats } = await api.get(`/partner/stats?from=${months[3]}&to=${months[0]}`, partner)
      const busy = (stats.months as Array<{ orders: number; revenue: number; commission: number; clicks: number }>).filter((m) => m.orders > 0 && m.revenue > 0 && m.commission > 0)
      expect(busy.length, JSON.stringify(stats.months)).toBeGreaterThanOrEqual(2)
      expect(stats.totals.orders).toBe(HISTORY_ORDERS.filter((o) => o.partner && o.days_ago <= 92).length)
      expect(stats.totals.clicks).toBeGreaterThanOrEqual(stats.totals.orders)
      const { data: commissions } = await api.get(`/partner/balance/months?month=${months[2]}`, partner)
      expect(commissions.lines.some((l: { kind: string; amount: number }) => l.kind === "partner_commission" && l.amount > 0)).toBe(true)

      // The returned order: accepted, refunded by bank transfer, its line back in the tea producer's hands.
      const { data: returns } = await api.get("/producer/returns", tea)
      const returned = (returns.returns as Array<{ status: string; refunded_at: string | null; order_id: string; created_at: string }>).filter((r) => r.status === "accepted")
      expect(returned).toHaveLength(1)
      expect(returned[0]!.refunded_at).not.toBeNull()
      expect(Date.now() - new Date(returned[0]!.created_at).getTime()).toBeGreaterThan(20 * DAY)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: rows } = await query.graph({ entity: "order", fields: ["id", "items.detail.return_received_quantity", "payment_collections.refunded_amount"], filters: { id: returned[0]!.order_id } })
      const row = rows[0] as { items: Array<{ detail: { return_received_quantity: number } }>; payment_collections: Array<{ refunded_amount: number }> }
      expect(Number(row.items[0]!.detail.return_received_quantity)).toBe(1)
      expect(Number(row.payment_collections[0]!.refunded_amount)).toBeGreaterThan(0)

      // Seeding again adds nothing.
      const orderModule = getContainer().resolve("order")
      const count = async () => (await orderModule.listOrders({ email: HISTORY_BUYERS.map((b) => b.email) } as never, { select: ["id"] })).length
      expect(await count()).toBe(HISTORY_ORDERS.length)
      const again = Date.now()
      await seed({ container: getContainer(), args: [] } as never)
      console.log(`development seed again: ${((Date.now() - again) / 1000).toFixed(1)} s`)
      expect(await count()).toBe(HISTORY_ORDERS.length)

      // `npm run ledger:check` itself, against this test's database: 0 differences.
      const { rows: db } = await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION).raw("select current_database() as name")
      const database = new URL(process.env.DATABASE_URL ?? "postgres://postgres@localhost:5432/postgres")
      database.pathname = `/${db[0].name}`
      const { stdout } = await run("npm", ["run", "--silent", "ledger:check"], {
        cwd: path.resolve(__dirname, "../.."),
        env: { ...process.env, DATABASE_URL: database.toString(), REDIS_URL: "", LOG_LEVEL: "error" },
        timeout: 240_000,
      })
      expect(stdout).toMatch(/ledger:check: \d+ orders, 0 differences/)
      expect(Number(stdout.match(/ledger:check: (\d+) orders/)![1])).toBeGreaterThanOrEqual(HISTORY_ORDERS.length)
    }, 900_000)
  },
})
