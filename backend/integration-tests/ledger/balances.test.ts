import { medusaIntegrationTestRunner } from "../helpers/runner"
import { waitFor } from "../search/fixtures"
import { activePartner } from "../partner/partners"
import { application, approve, certify, fails, newProduct, openShop, placeOrder, signUp, type Producer, type Shop } from "../producer/portal"
import { LEDGER_MODULE, type LedgerModuleService } from "../../src/modules/ledger"
import { checkOrderLedgerWorkflow } from "../../src/workflows/ledger/check-order-ledger"
import { syncOrderLedgerWorkflow } from "../../src/workflows/ledger/sync-order-ledger"

// The ledger (issue #15): every order's money as append-only entries, and the balances producers
// and partners see. Amounts worked out by hand below, to the đồng.

const DAY = 86_400_000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let household: Producer
    let company: Producer
    let tea: Awaited<ReturnType<typeof newProduct>>
    let squid: Awaited<ReturnType<typeof newProduct>>
    const ledger = () => getContainer().resolve<LedgerModuleService>(LEDGER_MODULE)
    const balance = async (p: Producer) => (await api.get("/producer/balance", p.auth)).data

    beforeAll(async () => {
      shop = await openShop(getContainer(), api)
      household = await signUp(api, "ho-kinh-doanh@ocop.test", application(1, { kind: "household" }))
      company = await signUp(api, "cong-ty@ocop.test", application(2, { kind: "company" }))
      for (const [p, rate] of [[household, 0.1], [company, 0.12]] as const) {
        await approve(api, shop.admin, p.producerId)
        await api.post(`/admin/producers/${p.producerId}`, { commission_rate: rate }, shop.admin)
      }
      squid = await newProduct(api, household, "Chả mực Hạ Long (hộ)", [200_000], 20)
      tea = await newProduct(api, company, "Trà hoa vàng (công ty)", [300_000], 20)
      // On sale only once their certificates are verified.
      await certify(api, shop.admin, household, squid.id)
      await certify(api, shop.admin, company, tea.id)
    })

    it("a COD order neither delivered nor paid: each producer's share is pending, tax withheld for the household only", async () => {
      const order = await placeOrder(api, shop, [
        { variant_id: squid.variants[0]!.id, quantity: 2 },
        { variant_id: tea.variants[0]!.id, quantity: 1 },
      ])
      // Household: 400.000 − 10% commission 40.000 − VAT 1% 4.000 − PIT 0,5% 2.000.
      await waitFor(async () => (await balance(household)).pending === 354_000, 15_000, 200)
      expect(await balance(household)).toEqual({ currency_code: "vnd", pending: 354_000, payable: 0, paid: 0, withheld: 6_000 })
      // Company: 300.000 − 12% commission 36.000; it declares its own tax.
      await waitFor(async () => (await balance(company)).pending === 264_000, 15_000, 200)
      expect(await balance(company)).toEqual({ currency_code: "vnd", pending: 264_000, payable: 0, paid: 0, withheld: 0 })

      // Another event for the same order appends nothing: the ledger already agrees.
      const before = await ledger().listLedgerEntries({ order_id: order.id })
      const { result } = await syncOrderLedgerWorkflow(getContainer()).run({ input: { order_id: order.id } })
      expect(result).toEqual([])
      expect((await ledger().listLedgerEntries({ order_id: order.id })).length).toBe(before.length)
      // The platform's commission and the tax account hold the rest of the money, to the đồng.
      const sum = (type: string, id: string) =>
        before.filter((e) => e.account_type === type && e.account_id === id).reduce((s, e) => s + Number(e.amount), 0)
      expect(sum("platform", "platform")).toBe(40_000 + 36_000)
      expect(sum("tax", "withheld")).toBe(6_000)

      // Delivered by both producers and the cash handed over: payable once the 7-day return window has closed.
      for (const p of [household, company]) {
        const { data } = await api.get(`/producer/orders/${order.id}`, p.auth)
        const items = data.order.items.map((i: { id: string; quantity: number }) => ({ id: i.id, quantity: i.quantity }))
        const shipped = await api.post(`/producer/orders/${order.id}/fulfillments`, { items, carrier: "GHN", tracking_number: `GHN${p.producerId.slice(-6)}` }, p.auth)
        await api.post(`/admin/orders/${order.id}/fulfillments/${shipped.data.fulfillment_id}/mark-as-delivered`, {}, shop.admin)
      }
      await api.post(`/admin/orders/${order.id}/cod-collected`, {}, shop.admin)
      const cash = async () =>
        (await ledger().listLedgerEntries({ order_id: order.id, account_type: "cash" })).reduce((s, e) => s + Number(e.amount), 0)
      await waitFor(async () => (await cash()) > 0, 15_000, 200)
      // Money in: the whole order, shipping included, as the carrier collected it.
      const { data: adminView } = await api.get(`/admin/orders/${order.id}?fields=total`, shop.admin)
      expect(await cash()).toBe(Number(adminView.order.total))
      await waitFor(async () => (await ledger().balanceOf("producer", household.producerId, new Date(Date.now() + 8 * DAY))).payable === 354_000, 15_000, 200)
      // Today it is still inside the return window: pending, not payable.
      expect(await balance(household)).toEqual({ currency_code: "vnd", pending: 354_000, payable: 0, paid: 0, withheld: 6_000 })
      expect(await ledger().balanceOf("producer", household.producerId, new Date(Date.now() + 8 * DAY))).toEqual({
        currency_code: "vnd",
        pending: 0,
        payable: 354_000,
        paid: 0,
        withheld: 6_000,
      })
      expect((await ledger().balanceOf("producer", company.producerId, new Date(Date.now() + 8 * DAY))).payable).toBe(264_000)

      // The reconciliation (npm run ledger:check) finds nothing amiss; a tampered entry it names.
      expect((await checkOrderLedgerWorkflow(getContainer()).run({ input: { order_id: order.id } })).result).toEqual([])
      const sale = (await ledger().listLedgerEntries({ order_id: order.id, kind: "sale", account_id: company.producerId }))[0]!
      await ledger().updateLedgerEntries({ id: sale.id, amount: Number(sale.amount) - 1 })
      const { result: differences } = await checkOrderLedgerWorkflow(getContainer()).run({ input: { order_id: order.id } })
      expect(differences.map((d) => d.slot)).toEqual([sale.slot])
      await ledger().updateLedgerEntries({ id: sale.id, amount: Number(sale.amount) })
    })

    it("a canceled order is reversed, never edited: the balance returns to what it was", async () => {
      const start = await balance(household)
      const order = await placeOrder(api, shop, [{ variant_id: squid.variants[0]!.id, quantity: 1 }])
      // 200.000 − 20.000 − 2.000 − 1.000.
      await waitFor(async () => (await balance(household)).pending === start.pending + 177_000, 15_000, 200)
      const recorded = await ledger().listLedgerEntries({ order_id: order.id })
      await api.post(`/admin/orders/${order.id}/cancel`, {}, shop.admin)
      await waitFor(async () => (await balance(household)).pending === start.pending, 15_000, 200)
      expect(await balance(household)).toEqual(start)
      const after = await ledger().listLedgerEntries({ order_id: order.id })
      // Every entry first written is still there, unchanged, and has exactly one reversal.
      for (const entry of recorded) {
        expect(after.find((e) => e.id === entry.id)).toMatchObject({ amount: entry.amount, available_at: entry.available_at })
        expect(after.filter((e) => e.reverses_id === entry.id).map((e) => Number(e.amount))).toEqual([-Number(entry.amount)])
      }
    })

    it("balances are private: each producer and partner sees only its own; strangers get a 401", async () => {
      const partner = await activePartner(api, shop.admin, 9)
      expect((await api.get("/partner/balance", partner.auth)).data).toEqual({ currency_code: "vnd", pending: 0, payable: 0, paid: 0, withheld: 0 })
      expect((await fails(api.get("/producer/balance"))).status).toBe(401)
      expect((await fails(api.get("/partner/balance"))).status).toBe(401)
      expect((await fails(api.get("/producer/balance", partner.auth))).status).toBe(401)
      expect((await fails(api.get("/partner/balance", company.auth))).status).toBe(401)
      // A sale of the household's changes the household's balance only.
      const [householdBefore, companyBefore] = [await balance(household), await balance(company)]
      await placeOrder(api, shop, [{ variant_id: squid.variants[0]!.id, quantity: 1 }])
      await waitFor(async () => (await balance(household)).pending === householdBefore.pending + 177_000, 15_000, 200)
      expect(await balance(company)).toEqual(companyBefore)
      expect((await api.get("/partner/balance", partner.auth)).data.pending).toBe(0)
    })
  },
})
