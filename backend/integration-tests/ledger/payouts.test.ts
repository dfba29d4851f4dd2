// Money held for a return window of 0 days, so that what is delivered and paid is payable at once.
process.env.OCOP_RETURN_WINDOW_DAYS = "0"

import { medusaIntegrationTestRunner } from "../helpers/runner"
import { parse } from "csv-parse/sync"
import { waitFor } from "../search/fixtures"
import { application, approve, certify, fails, newProduct, openShop, placeOrder, signUp, type Producer, type Shop } from "../producer/portal"

// Payouts (issue #15): bank accounts in the portals, a payout batch per period made once, its bank
// transfer file, and paying it once, which moves the money from payable to paid.

function thisMonthInVietnam(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7)
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let household: Producer
    let company: Producer
    const balance = async (p: Producer) => (await api.get("/producer/balance", p.auth)).data

    beforeAll(async () => {
      shop = await openShop(getContainer(), api)
      household = await signUp(api, "manh-ha@ocop.test", application(1, { kind: "household" }))
      company = await signUp(api, "quy-hoa@ocop.test", application(2, { kind: "company" }))
      for (const [p, rate] of [[household, 0.1], [company, 0.12]] as const) {
        await approve(api, shop.admin, p.producerId)
        await api.post(`/admin/producers/${p.producerId}`, { commission_rate: rate }, shop.admin)
      }
    })

    it("a producer keeps its bank account (checked, in the bank's spelling); another producer never sees it", async () => {
      const bad = await fails(api.post("/producer/bank-account", { bank_bin: "12", account_number: "0011 0012", account_name: "x" }, household.auth))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/bank_bin/)
      const saved = await api.post(
        "/producer/bank-account",
        { bank_bin: "970436", account_number: "0011001234567", account_name: "Hộ kinh doanh Mạnh Hà" },
        household.auth
      )
      expect(saved.data.bank_account).toEqual({ bank_bin: "970436", account_number: "0011001234567", account_name: "HO KINH DOANH MANH HA" })
      expect((await api.get("/producer/bank-account", household.auth)).data.bank_account.account_number).toBe("0011001234567")
      expect((await api.get("/producer/bank-account", company.auth)).data.bank_account).toBeNull()
      expect((await fails(api.get("/producer/bank-account"))).status).toBe(401)
    })

    it("a batch lists what is payable, is made once per period, exports the transfers, and is paid once", async () => {
      // (The runner empties the ledger's tables between tests: the account is given again.)
      await api.post("/producer/bank-account", { bank_bin: "970436", account_number: "0011001234567", account_name: "Hộ kinh doanh Mạnh Hà" }, household.auth)
      const squid = await newProduct(api, household, "Chả mực Hạ Long (hộ)", [200_000], 20)
      const tea = await newProduct(api, company, "Trà hoa vàng (công ty)", [300_000], 20)
      // On sale only once their certificates are verified.
      await certify(api, shop.admin, household, squid.id)
      await certify(api, shop.admin, company, tea.id)
      const order = await placeOrder(api, shop, [
        { variant_id: squid.variants[0]!.id, quantity: 1 },
        { variant_id: tea.variants[0]!.id, quantity: 1 },
      ])
      for (const p of [household, company]) {
        const { data } = await api.get(`/producer/orders/${order.id}`, p.auth)
        const items = data.order.items.map((i: { id: string; quantity: number }) => ({ id: i.id, quantity: i.quantity }))
        const shipped = await api.post(`/producer/orders/${order.id}/fulfillments`, { items, carrier: "VNPost", tracking_number: `VN${p.producerId.slice(-6)}` }, p.auth)
        await api.post(`/admin/orders/${order.id}/fulfillments/${shipped.data.fulfillment_id}/mark-as-delivered`, {}, shop.admin)
      }
      await api.post(`/admin/orders/${order.id}/cod-collected`, {}, shop.admin)
      // Household: 200.000 − 20.000 commission − 2.000 VAT − 1.000 PIT; company: 300.000 − 36.000.
      await waitFor(async () => (await balance(household)).payable === 177_000, 15_000, 200)
      await waitFor(async () => (await balance(company)).payable === 264_000, 15_000, 200)

      const period = thisMonthInVietnam()
      const first = await api.post("/admin/payouts", { period }, shop.admin)
      expect(first.status).toBe(201)
      expect(first.data.created).toBe(true)
      const batch = first.data.payout_batch
      expect(batch).toMatchObject({ period, status: "open", total: 177_000, currency_code: "vnd" })
      expect(batch.lines).toEqual([
        {
          account_type: "producer",
          account_id: household.producerId,
          amount: 177_000,
          bank_bin: "970436",
          account_number: "0011001234567",
          account_name: "HO KINH DOANH MANH HA",
          content: `OCOP ${period} ${household.producerId}`,
        },
      ])
      // The company has money payable but no bank account: named, not paid.
      expect(first.data.missing_bank_account).toEqual([{ account_type: "producer", account_id: company.producerId, amount: 264_000 }])

      // Made twice: the same batch, nothing more.
      const again = await api.post("/admin/payouts", { period }, shop.admin)
      expect(again.status).toBe(200)
      expect(again.data).toMatchObject({ created: false, payout_batch: { id: batch.id, total: 177_000 } })

      const csv = await api.get(`/admin/payouts/${batch.id}/transfers`, shop.admin)
      expect(csv.headers["content-type"]).toMatch(/text\/csv/)
      expect(parse(String(csv.data).replace(/^\uFEFF/, ""), { columns: true })).toEqual([
        { bank_bin: "970436", account_number: "0011001234567", account_name: "HO KINH DOANH MANH HA", amount_vnd: "177000", content: `OCOP ${period} ${household.producerId}` },
      ])

      const paid = await api.post(`/admin/payouts/${batch.id}/pay`, { bank_reference: "VCB-FT2612030001" }, shop.admin)
      expect(paid.data.payout_batch).toMatchObject({ status: "paid", bank_reference: "VCB-FT2612030001" })
      expect(await balance(household)).toEqual({ currency_code: "vnd", pending: 0, payable: 0, paid: 177_000, withheld: 3_000 })
      expect((await balance(company)).payable).toBe(264_000)

      const twice = await fails(api.post(`/admin/payouts/${batch.id}/pay`, { bank_reference: "VCB-FT2612030002" }, shop.admin))
      expect(twice.status).toBe(400)
      expect(twice.data.message).toMatch(/already paid/)
      expect((await balance(household)).paid).toBe(177_000)
      // A paid batch is history.
      expect((await fails(api.delete(`/admin/payouts/${batch.id}`, shop.admin))).status).toBe(400)
    })

    it("refuses what cannot be a period, and producers cannot reach payouts", async () => {
      expect((await fails(api.post("/admin/payouts", { period: "2026-13" }, shop.admin))).status).toBe(400)
      const future = new Date(Date.now() + 62 * 86_400_000).toISOString().slice(0, 7)
      const notYet = await fails(api.post("/admin/payouts", { period: future }, shop.admin))
      expect(notYet.status).toBe(400)
      expect(notYet.data.message).toMatch(/not begun/)
      expect((await fails(api.get("/admin/payouts", household.auth))).status).toBe(401)
      expect((await fails(api.post("/admin/payouts", { period: thisMonthInVietnam() }, household.auth))).status).toBe(401)
    })
  },
})
