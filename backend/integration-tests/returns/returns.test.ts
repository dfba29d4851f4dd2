import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import { waitFor } from "../search/fixtures"
import { application, approve, certify, fails, graph, newProduct, openShop, PASSWORD, placeOrder, signUp, type Headers, type Producer, type Shop } from "../producer/portal"
import { LEDGER_MODULE, type LedgerModuleService } from "../../src/modules/ledger"
import { checkOrderLedgerWorkflow } from "../../src/workflows/ledger/check-order-ledger"
import { syncOrderLedgerWorkflow } from "../../src/workflows/ledger/sync-order-ledger"

// Returns (issue #15, item 4): a buyer asks, the producer accepts or refuses, the admin overrules;
// an accepted return goes through Medusa's return and refund, and the ledger reverses the
// returned line's shares. Amounts worked out by hand, to the đồng.

const DAY = 86_400_000
const BANK = { bank_bin: "970436", account_number: "0011002233445", account_name: "Nguyễn Thị Lan" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let household: Producer
    let company: Producer
    let squid: Awaited<ReturnType<typeof newProduct>>
    let tea: Awaited<ReturnType<typeof newProduct>>
    let buyer: Headers
    let stranger: Headers
    const ledger = () => getContainer().resolve<LedgerModuleService>(LEDGER_MODULE)
    // Balances once every window has closed: what each producer will be paid.
    const later = async (p: Producer) => ledger().balanceOf("producer", p.producerId, new Date(Date.now() + 9 * DAY))

    async function customer(email: string): Promise<Headers> {
      const registered = await api.post("/auth/customer/emailpass/register", { email, password: PASSWORD })
      await api.post("/store/customers", { email, first_name: "Lan" }, { headers: { ...shop.store.headers, authorization: `Bearer ${registered.data.token}` } })
      const { data } = await api.post("/auth/customer/emailpass", { email, password: PASSWORD })
      return { headers: { ...shop.store.headers, authorization: `Bearer ${data.token}` } }
    }

    /** Each producer ships its lines, the carrier delivers, and hands over the cash. */
    async function deliverAndCollect(orderId: string, producers: Producer[]) {
      const fulfillments: string[] = []
      for (const p of producers) {
        const { data } = await api.get(`/producer/orders/${orderId}`, p.auth)
        const items = data.order.items.map((i: { id: string; quantity: number }) => ({ id: i.id, quantity: i.quantity }))
        const shipped = await api.post(`/producer/orders/${orderId}/fulfillments`, { items, carrier: "GHN", tracking_number: `GHN${p.producerId.slice(-6)}${orderId.slice(-4)}` }, p.auth)
        await api.post(`/admin/orders/${orderId}/fulfillments/${shipped.data.fulfillment_id}/mark-as-delivered`, {}, shop.admin)
        fulfillments.push(shipped.data.fulfillment_id)
      }
      await api.post(`/admin/orders/${orderId}/cod-collected`, {}, shop.admin)
      return fulfillments
    }

    const lineOf = (order: { items: Array<{ id: string; variant_id: string }> }, product: typeof squid) =>
      order.items.find((i) => i.variant_id === product.variants[0]!.id)!.id
    const cash = async (orderId: string) =>
      (await ledger().listLedgerEntries({ order_id: orderId, account_type: "cash" })).reduce((s, e) => s + Number(e.amount), 0)
    // Named waits: under load a slow subscriber must not read as a wrong amount, and a failure says which wait.
    const until = (label: string, check: () => Promise<boolean>) =>
      waitFor(check, 90_000, 250).catch((error: Error) => {
        throw new Error(`${label}: ${error.message}`)
      })
    const noDifferences = async (orderId: string) =>
      expect((await checkOrderLedgerWorkflow(getContainer()).run({ input: { order_id: orderId } })).result).toEqual([])

    // What the notifications (another engineer's subscribers) will receive, through the real event bus.
    const events: Array<{ name: string; data: Record<string, unknown> }> = []

    beforeAll(async () => {
      const bus = getContainer().resolve(Modules.EVENT_BUS)
      for (const name of ["ocop.return.requested", "ocop.return.disputed"]) {
        bus.subscribe(name, async (event) => {
          events.push({ name: event.name ?? name, data: event.data as Record<string, unknown> })
        })
      }
      shop = await openShop(getContainer(), api)
      household = await signUp(api, "ho-doi-tra@ocop.test", application(1, { kind: "household" }))
      company = await signUp(api, "cong-ty-doi-tra@ocop.test", application(2, { kind: "company" }))
      for (const [p, rate] of [[household, 0.1], [company, 0.12]] as const) {
        await approve(api, shop.admin, p.producerId)
        await api.post(`/admin/producers/${p.producerId}`, { commission_rate: rate }, shop.admin)
      }
      squid = await newProduct(api, household, "Chả mực (đổi trả)", [200_000], 50)
      tea = await newProduct(api, company, "Trà hoa vàng (đổi trả)", [300_000], 50)
      await certify(api, shop.admin, household, squid.id)
      await certify(api, shop.admin, company, tea.id)
      buyer = await customer("nguoi-mua@example.vn")
      stranger = await customer("nguoi-khac@example.vn")
    }, 300_000)

    it("accepted: the returned line's shares are reversed, the bank refund waits for the admin's transfer, recorded once", async () => {
      const order = await placeOrder(api, shop, [
        { variant_id: squid.variants[0]!.id, quantity: 2 },
        { variant_id: tea.variants[0]!.id, quantity: 1 },
      ], buyer)
      await deliverAndCollect(order.id, [household, company])
      // Household: 400.000 − 40.000 − 4.000 − 2.000; company: 300.000 − 36.000.
      await until("wait 1", async () => (await later(household)).payable === 354_000)
      expect((await later(company)).payable).toBe(264_000)
      const collected = await cash(order.id)

      // A card-less order needs the bank account to refund to.
      const squidLine = lineOf(order, squid)
      const body = { items: [{ line_item_id: squidLine, quantity: 1 }], reason: "Một hộp bị móp, chả bị hỏng", photos: ["https://anh.example.vn/hop-mop.jpg"] }
      expect(await fails(api.post(`/store/orders/${order.id}/returns`, body, buyer))).toMatchObject({ status: 400, data: { message: expect.stringMatching(/bank account/) } })
      // Items of two producers: one return each.
      const both = { ...body, bank_account: BANK, items: [{ line_item_id: squidLine, quantity: 1 }, { line_item_id: lineOf(order, tea), quantity: 1 }] }
      expect(await fails(api.post(`/store/orders/${order.id}/returns`, both, buyer))).toMatchObject({ status: 400, data: { message: expect.stringMatching(/one return per producer/) } })
      // Another customer cannot see or return this order; a stranger without a session gets a 401.
      expect((await fails(api.post(`/store/orders/${order.id}/returns`, { ...body, bank_account: BANK }, stranger))).status).toBe(404)
      expect((await fails(api.get(`/store/orders/${order.id}/returns`, stranger))).status).toBe(404)
      expect((await fails(api.get(`/store/orders/${order.id}/returns`, shop.store))).status).toBe(401)

      const { data: asked } = await api.post(`/store/orders/${order.id}/returns`, { ...body, bank_account: BANK }, buyer)
      expect(asked.return).toMatchObject({
        status: "requested",
        amount: 200_000,
        refund_method: "bank_transfer",
        producer_id: household.producerId,
        photos: body.photos,
        bank_account: { bank_bin: "970436", account_number: "0011002233445", account_name: "NGUYEN THI LAN" },
      })
      await until("requested event", async () => events.some((e) => e.data.id === asked.return.id))
      expect(events.filter((e) => e.data.id === asked.return.id)).toEqual([
        { name: "ocop.return.requested", data: { id: asked.return.id, order_id: order.id, producer_id: household.producerId } },
      ])
      // Asking for more than is left of the line: 400.
      expect(await fails(api.post(`/store/orders/${order.id}/returns`, { ...body, bank_account: BANK, items: [{ line_item_id: squidLine, quantity: 2 }] }, buyer))).toMatchObject({
        status: 400,
        data: { message: `Only 1 of item ${squidLine} can still be returned.` },
      })

      // Only the household sees it, without the buyer's bank account; the company cannot decide it.
      expect((await api.get("/producer/returns", company.auth)).data.returns).toEqual([])
      expect((await fails(api.post(`/producer/returns/${asked.return.id}/accept`, {}, company.auth))).status).toBe(404)
      expect((await fails(api.post(`/producer/returns/${asked.return.id}/refuse`, { reason: "Không phải hàng của tôi" }, company.auth))).status).toBe(404)
      const { data: seen } = await api.get("/producer/returns", household.auth)
      expect(seen.returns.map((r: { id: string }) => r.id)).toEqual([asked.return.id])
      expect(seen.returns[0].bank_account).toBeUndefined()

      const { data: accepted } = await api.post(`/producer/returns/${asked.return.id}/accept`, {}, household.auth)
      expect(accepted.return).toMatchObject({ status: "accepted", decided_by: "producer", refunded_at: null })
      // Medusa's return received the box back.
      const [received] = await graph(getContainer(), "order", ["items.id", "items.detail.return_received_quantity"], { id: order.id })
      expect(Number(received.items.find((i: { id: string }) => i.id === squidLine).detail.return_received_quantity)).toBe(1)
      // Household keeps one box: 200.000 − 20.000 − 2.000 − 1.000. The company's line is untouched.
      await until("wait 2", async () => (await later(household)).payable === 177_000).catch(async (error) => {
        throw new Error(`${error.message}; balance ${JSON.stringify(await later(household))}; entries ${JSON.stringify((await ledger().listLedgerEntries({ order_id: order.id, account_type: "producer", account_id: household.producerId })).map((e) => [e.slot.split(":").pop(), Number(e.amount), e.available_at]))}`)
      })
      expect(await later(household)).toEqual({ currency_code: "vnd", pending: 0, payable: 177_000, paid: 0, withheld: 3_000 })
      expect((await later(company)).payable).toBe(264_000)
      expect(await cash(order.id)).toBe(collected)
      // Accepting twice does nothing twice.
      expect((await fails(api.post(`/producer/returns/${asked.return.id}/accept`, {}, household.auth))).status).toBe(400)

      // The admin sees the transfer to make, with the buyer's account; once made, the refund is recorded.
      const { data: pending } = await api.get("/admin/return-requests?refund_pending=true", shop.admin)
      expect(pending.returns.map((r: { id: string }) => r.id)).toContain(asked.return.id)
      const { data: transferred } = await api.post(`/admin/return-requests/${asked.return.id}/refund-transferred`, { bank_reference: "VCB-FT2612030001" }, shop.admin)
      expect(transferred.return).toMatchObject({ bank_reference: "VCB-FT2612030001", refunded_at: expect.any(String) })
      await until("wait 3", async () => (await cash(order.id)) === collected - 200_000)
      expect((await fails(api.post(`/admin/return-requests/${asked.return.id}/refund-transferred`, { bank_reference: "VCB-FT2612030001" }, shop.admin))).status).toBe(400)
      // The refund belongs to the return: the producers' shares do not move again.
      expect((await later(household)).payable).toBe(177_000)
      expect((await later(company)).payable).toBe(264_000)
      await noDifferences(order.id)

      // The month's statement from the ledger: every line still inside the return window (pending).
      const month = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7)
      const { data: statement } = await api.get(`/producer/balance/months?month=${month}`, household.auth)
      expect(statement.totals).toEqual({ pending: 177_000, payable: 0, paid: 0 })
      expect(statement.lines.every((l: { order_id: string }) => l.order_id === order.id)).toBe(true)
      expect((await api.get(`/producer/balance/months?month=${month}`, company.auth)).data.totals).toEqual({ pending: 264_000, payable: 0, paid: 0 })
      expect((await fails(api.get("/producer/balance/months?month=2026-13", household.auth))).status).toBe(400)
      // Tax withheld this month, as the household downloads it: 200.000 kept, VAT 1% 2.000, PIT 0,5% 1.000.
      const { data: tax } = await api.get(`/producer/balance/tax?year=${month.slice(0, 4)}`, household.auth)
      expect(tax.months).toEqual([{ month, revenue: 200_000, vat: 2_000, pit: 1_000 }])
      const csv = await api.get(`/producer/balance/tax?year=${month.slice(0, 4)}&format=csv`, household.auth)
      expect(csv.headers["content-type"]).toMatch(/text\/csv/)
      expect(String(csv.data).split("\r\n")[1]).toBe(`${month},200000,2000,1000`)
    }, 300_000)

    it("refused: nothing moves; disputed and overruled by the admin: reversed as if accepted", async () => {
      const order = await placeOrder(api, shop, [{ variant_id: squid.variants[0]!.id, quantity: 1 }], buyer)
      await deliverAndCollect(order.id, [household])
      // 200.000 − 20.000 − 2.000 − 1.000.
      await until("wait 4", async () => (await later(household)).payable === 177_000)
      const { data: asked } = await api.post(
        `/store/orders/${order.id}/returns`,
        { items: [{ line_item_id: lineOf(order, squid), quantity: 1 }], reason: "Không đúng vị như quảng cáo", bank_account: BANK },
        buyer
      )
      // A refusal needs a reason.
      expect(await fails(api.post(`/producer/returns/${asked.return.id}/refuse`, {}, household.auth))).toMatchObject({ status: 400, data: { message: expect.stringMatching(/reason/) } })
      const { data: refused } = await api.post(`/producer/returns/${asked.return.id}/refuse`, { reason: "Hàng đã mở và dùng hết một nửa" }, household.auth)
      expect(refused.return).toMatchObject({ status: "refused", refusal_reason: "Hàng đã mở và dùng hết một nửa", decided_by: "producer" })
      // Refused: no Medusa return, the producer's share stays.
      const [kept] = await graph(getContainer(), "order", ["items.detail.return_received_quantity"], { id: order.id })
      expect(Number(kept.items[0].detail.return_received_quantity)).toBe(0)
      expect((await later(household)).payable).toBe(177_000)
      expect((await fails(api.post(`/producer/returns/${asked.return.id}/accept`, {}, household.auth))).status).toBe(400)
      const { data: mine } = await api.get(`/store/orders/${order.id}/returns`, buyer)
      expect(mine.returns[0]).toMatchObject({ status: "refused", refusal_reason: "Hàng đã mở và dùng hết một nửa" })

      // The buyer disputes; another customer cannot.
      expect((await fails(api.post(`/store/returns/${asked.return.id}/dispute`, { note: "Hộp còn nguyên niêm phong" }, stranger))).status).toBe(404)
      const { data: disputed } = await api.post(`/store/returns/${asked.return.id}/dispute`, { note: "Hộp còn nguyên niêm phong" }, buyer)
      expect(disputed.return.status).toBe("disputed")
      await until("disputed event", async () => events.some((e) => e.name === "ocop.return.disputed" && e.data.id === asked.return.id))
      expect(events.find((e) => e.name === "ocop.return.disputed")!.data).toEqual({ id: asked.return.id, order_id: order.id, producer_id: household.producerId })
      const { data: queue } = await api.get("/admin/return-requests?status=disputed", shop.admin)
      expect(queue.returns.map((r: { id: string }) => r.id)).toEqual([asked.return.id])

      const { data: overruled } = await api.post(`/admin/return-requests/${asked.return.id}/overrule`, {}, shop.admin)
      expect(overruled.return).toMatchObject({ status: "accepted", decided_by: "admin" })
      await until("wait 5", async () => (await later(household)).payable === 0)
      expect(await later(household)).toEqual({ currency_code: "vnd", pending: 0, payable: 0, paid: 0, withheld: 0 })
      await noDifferences(order.id)
    }, 300_000)

    it("a return is asked for delivered items inside the window only: 400 with the reason", async () => {
      const order = await placeOrder(api, shop, [{ variant_id: squid.variants[0]!.id, quantity: 1 }], buyer)
      const body = { items: [{ line_item_id: lineOf(order, squid), quantity: 1 }], reason: "Giao nhầm hàng", bank_account: BANK }
      expect(await fails(api.post(`/store/orders/${order.id}/returns`, body, buyer))).toMatchObject({ status: 400, data: { message: expect.stringMatching(/not been delivered/) } })
      const [fulfillmentId] = await deliverAndCollect(order.id, [household])
      // Delivered eight days ago: the 7-day window has closed.
      const deliveredAt = new Date(Date.now() - 8 * DAY)
      await getContainer().resolve(Modules.FULFILLMENT).updateFulfillment(fulfillmentId!, { delivered_at: deliveredAt })
      // A date written past Medusa's events: the ledger follows it as it follows a delivery (its
      // subscriber may already have run on delivery.created with the real date, or run later).
      await syncOrderLedgerWorkflow(getContainer()).run({ input: { order_id: order.id } })
      const closes = new Date(deliveredAt.getTime() + 7 * DAY).toISOString().slice(0, 10)
      expect(await fails(api.post(`/store/orders/${order.id}/returns`, body, buyer))).toMatchObject({
        status: 400,
        data: { message: `The return window closed on ${closes} (7 days after delivery).` },
      })
      expect((await api.get(`/store/orders/${order.id}/returns`, buyer)).data.returns).toEqual([])
    }, 300_000)
  },
})
