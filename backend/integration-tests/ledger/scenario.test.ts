// Card payments through a local stand-in for Stripe (payments/fake-stripe.ts), VietQR with a
// receiving account: medusa-config.ts reads these when the runner loads it (one process per file).
Object.assign(process.env, {
  STRIPE_API_KEY: "sk_test_ocop_fake",
  STRIPE_WEBHOOK_SECRET: "whsec_ocop_integration_test",
  VIETQR_BANK_BIN: "970436",
  VIETQR_ACCOUNT_NUMBER: "0011000999888",
  VIETQR_ACCOUNT_NAME: "OCOP QUANG NINH TEST",
})

import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import { isoDateInVietnam } from "@ocop/core"
import { execFile } from "node:child_process"
import path from "node:path"
import { promisify } from "node:util"
import { waitFor } from "../search/fixtures"
import { activePartner } from "../partner/partners"
import { listenFakeStripe } from "../payments/fake-stripe"
import { application, approve, certify, fails, newProduct, openShop, PASSWORD, readyCart, signUp, type Headers, type Producer, type Shop } from "../producer/portal"
import { LEDGER_MODULE, type LedgerModuleService } from "../../src/modules/ledger"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import { checkOrderLedgerWorkflow } from "../../src/workflows/ledger/check-order-ledger"
import { syncOrderLedgerWorkflow } from "../../src/workflows/ledger/sync-order-ledger"

// The acceptance scenario of issue #15: orders paid by COD, VietQR and card; a partial refund; an
// accepted and a refused return; a canceled order; an experience; a household and a company
// producer; a partner. Every balance and every payout line is worked out by hand below, to the
// đồng, and the reconciliation (`npm run ledger:check`, the CLI itself) finds 0 differences.

const DAY = 86_400_000
const BANK = { bank_bin: "970436", account_number: "0011002233445", account_name: "Nguyễn Thị Lan" }
const inDays = (n: number) => new Date(new Date(`${isoDateInVietnam()}T00:00:00Z`).getTime() + n * DAY).toISOString().slice(0, 10)
const thisMonthInVietnam = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7)
const run = promisify(execFile)

type Order = { id: string; total: number; items: Array<{ id: string; variant_id: string }> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let household: Producer
    let company: Producer
    let partner: Awaited<ReturnType<typeof activePartner>>
    let buyer: Headers
    let squid: Awaited<ReturnType<typeof newProduct>>
    let tea: Awaited<ReturnType<typeof newProduct>>
    let tour: string
    let stripe: Awaited<ReturnType<typeof listenFakeStripe>>
    const ledger = () => getContainer().resolve<LedgerModuleService>(LEDGER_MODULE)
    const balance = async (p: Producer) => (await api.get("/producer/balance", p.auth)).data
    const partnerBalance = async () => (await api.get("/partner/balance", partner.auth)).data
    // Named waits: under load a slow subscriber must not read as a wrong amount.
    const until = (label: string, check: () => Promise<boolean>) =>
      waitFor(check, 90_000, 250).catch((error: Error) => {
        throw new Error(`${label}: ${error.message}`)
      })
    const vnd = (pending: number, payable: number, paid: number, withheld: number) => ({ currency_code: "vnd", pending, payable, paid, withheld })
    const cash = async (orderId: string) =>
      (await ledger().listLedgerEntries({ order_id: orderId, account_type: "cash" })).reduce((s, e) => s + Number(e.amount), 0)

    async function customer(email: string): Promise<Headers> {
      const registered = await api.post("/auth/customer/emailpass/register", { email, password: PASSWORD })
      await api.post("/store/customers", { email, first_name: "Lan" }, { headers: { ...shop.store.headers, authorization: `Bearer ${registered.data.token}` } })
      const { data } = await api.post("/auth/customer/emailpass", { email, password: PASSWORD })
      return { headers: { ...shop.store.headers, authorization: `Bearer ${data.token}` } }
    }

    async function complete(cartId: string): Promise<Order> {
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, buyer)
      if (data.type !== "order") throw new Error(`cart not completed: ${JSON.stringify(data.error ?? data)}`)
      return { ...data.order, total: Number(data.order.total) }
    }

    /** Each producer ships its lines and the carrier delivers them; returns the fulfillments. */
    async function deliver(orderId: string, producers: Producer[]) {
      for (const p of producers) {
        const { data } = await api.get(`/producer/orders/${orderId}`, p.auth)
        const items = data.order.items.map((i: { id: string; quantity: number }) => ({ id: i.id, quantity: i.quantity }))
        const shipped = await api.post(`/producer/orders/${orderId}/fulfillments`, { items, carrier: "GHN", tracking_number: `GHN${p.producerId.slice(-6)}${orderId.slice(-4)}` }, p.auth)
        await api.post(`/admin/orders/${orderId}/fulfillments/${shipped.data.fulfillment_id}/mark-as-delivered`, {}, shop.admin)
      }
    }

    const lineOf = (order: Order, variantId: string) => order.items.find((i) => i.variant_id === variantId)!.id
    const paymentOf = async (orderId: string) => {
      const { data } = await api.get(`/admin/orders/${orderId}?fields=*payment_collections.payments`, shop.admin)
      return data.order.payment_collections[0].payments[0] as { id: string; amount: number }
    }

    beforeAll(async () => {
      stripe = await listenFakeStripe(getContainer())
      shop = await openShop(getContainer(), api)
      household = await signUp(api, "ho-kich-ban@ocop.test", application(1, { kind: "household" }))
      company = await signUp(api, "cong-ty-kich-ban@ocop.test", application(2, { kind: "company" }))
      for (const [p, rate] of [[household, 0.1], [company, 0.12]] as const) {
        await approve(api, shop.admin, p.producerId)
        await api.post(`/admin/producers/${p.producerId}`, { commission_rate: rate }, shop.admin)
      }
      squid = await newProduct(api, household, "Chả mực (kịch bản)", [200_000], 50)
      tea = await newProduct(api, company, "Trà hoa vàng (kịch bản)", [300_000], 50)
      await certify(api, shop.admin, household, squid.id)
      await certify(api, shop.admin, company, tea.id)
      // The household's farm visit (OCOP group 6, a service): as the catalog seeds experiences, tied to its producer.
      const { result } = await createProductsWorkflow(getContainer()).run({
        input: {
          products: [
            {
              title: "Một ngày làm chả mực (kịch bản)",
              status: "published",
              options: [{ title: "Vé", values: ["Người lớn"] }],
              variants: [{ title: "Người lớn", manage_inventory: false, options: { "Vé": "Người lớn" }, prices: [{ amount: 500_000, currency_code: "vnd" }] }],
              sales_channels: [{ id: shop.salesChannelId }],
              metadata: { ocop_group: "tourism", experience: true, experience_capacity: 10 },
            },
          ],
        },
      })
      await getContainer()
        .resolve(ContainerRegistrationKeys.LINK)
        .create({ [PRODUCER_MODULE]: { producer_id: household.producerId }, [Modules.PRODUCT]: { product_id: result[0]!.id } })
      tour = result[0]!.variants[0]!.id
      partner = await activePartner(api, shop.admin, 7)
      buyer = await customer("nguoi-mua-kich-ban@example.vn")
    }, 300_000)

    afterAll(async () => {
      await stripe?.close()
    })

    it("every balance and payout line to the đồng, and the reconciliation finds 0 differences", async () => {
      // ---- 1. COD: 2 boxes of squid (household) + 1 tea (company); delivered, cash collected.
      const cod = await complete(await readyCart(api, shop, [{ variant_id: squid.variants[0]!.id, quantity: 2 }, { variant_id: tea.variants[0]!.id, quantity: 1 }], buyer))
      await deliver(cod.id, [household, company])
      await api.post(`/admin/orders/${cod.id}/cod-collected`, {}, shop.admin)

      // ---- 2. VietQR: 2 teas (company); delivered, the transfer received.
      const qr = await complete(await readyCart(api, shop, [{ variant_id: tea.variants[0]!.id, quantity: 2 }], buyer, "pp_vietqr_vietqr"))
      await deliver(qr.id, [company])
      await api.post(`/admin/orders/${qr.id}/vietqr-received`, { amount_received: qr.total }, shop.admin)

      // ---- 3. Card, brought by the partner: 1 squid + 1 tea; captured, delivered.
      const cardCart = await readyCart(api, shop, [{ variant_id: squid.variants[0]!.id, quantity: 1 }, { variant_id: tea.variants[0]!.id, quantity: 1 }], buyer, "pp_stripe_stripe")
      const { visit_token } = (await api.post("/store/partner-visits", { code: partner.code, path: "/vi" }, shop.store)).data
      await api.post(`/store/carts/${cardCart}/partner`, { visit_token }, buyer)
      // The buyer's card is authorized (what Stripe's page does before the cart completes).
      for (const intent of stripe.intents.values()) Object.assign(intent, { status: "requires_capture", amount_capturable: intent.amount })
      const card = await complete(cardCart)
      const cardPayment = await paymentOf(card.id)
      await api.post(`/admin/payments/${cardPayment.id}/capture`, {}, shop.admin)
      await deliver(card.id, [household, company])

      // ---- 4. COD, canceled before it left.
      const canceled = await complete(await readyCart(api, shop, [{ variant_id: squid.variants[0]!.id, quantity: 1 }], buyer))
      await until("canceled order in the ledger", async () => (await ledger().listLedgerEntries({ order_id: canceled.id })).length > 0)
      await api.post(`/admin/orders/${canceled.id}/cancel`, {}, shop.admin)

      // ---- 5. The household's experience for 2 people the day after tomorrow, paid by VietQR.
      const { data: created } = await api.post("/store/carts", { region_id: shop.regionId }, buyer)
      const tourCart = created.cart.id as string
      const visitDay = inDays(2)
      await api.post(`/store/carts/${tourCart}/line-items`, { variant_id: tour, quantity: 2, metadata: { experience_date: visitDay, party_size: 2 } }, buyer)
      await api.post(`/store/carts/${tourCart}`, { billing_address: { first_name: "Lan", last_name: "Nguyễn", phone: "+84912345678", country_code: "vn" } }, buyer)
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: tourCart }, buyer)
      await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_vietqr_vietqr" }, buyer)
      const booking = await complete(tourCart)
      expect(booking.total).toBe(1_000_000)
      await api.post(`/admin/orders/${booking.id}/vietqr-received`, { amount_received: 1_000_000 }, shop.admin)

      // ---- 6. A partial refund on the card: 50.000 ₫ of goodwill, through Stripe.
      await until("card captured", async () => (await cash(card.id)) === card.total)
      await api.post(`/admin/payments/${cardPayment.id}/refund`, { amount: 50_000 }, shop.admin)

      // ---- 7. Returns. Refused: one box of squid of the COD order. Accepted: the card order's squid, refunded to the card.
      const refused = (await api.post(`/store/orders/${cod.id}/returns`, { items: [{ line_item_id: lineOf(cod, squid.variants[0]!.id), quantity: 1 }], reason: "Không hợp khẩu vị", bank_account: BANK }, buyer)).data.return
      await api.post(`/producer/returns/${refused.id}/refuse`, { reason: "Hàng đã mở, không lỗi" }, household.auth)
      const accepted = (await api.post(`/store/orders/${card.id}/returns`, { items: [{ line_item_id: lineOf(card, squid.variants[0]!.id), quantity: 1 }], reason: "Hộp bị móp" }, buyer)).data.return
      expect(accepted).toMatchObject({ refund_method: "card", amount: 200_000 })
      const { data: decided } = await api.post(`/producer/returns/${accepted.id}/accept`, {}, household.auth)
      expect(decided.return).toMatchObject({ status: "accepted", refunded_at: expect.any(String) })
      // Stripe refunded 50.000 then 200.000 of the card's payment intent, nothing more.
      expect(stripe.refunds.map((r) => r.amount)).toEqual([50_000, 200_000])

      // ---- Worked out by hand (household 10% commission, withheld goods 1% + 0,5%, services 5% + 2%;
      // company 12%, no withholding; partner 5% of the goods it brought):
      //  COD     household 400.000 − 40.000 − 4.000 − 2.000 = 354.000 (the refused return changes nothing)
      //          company   300.000 − 36.000                  = 264.000
      //  VietQR  company   600.000 − 72.000                  = 528.000
      //  card    household squid returned                     =       0
      //          company   300.000 − 50.000 refunded = 250.000 − 30.000 = 220.000
      //          partner   5% × 250.000                       =  12.500
      //  canceled                                             =       0
      //  tour    household 1.000.000 − 100.000 − 50.000 − 20.000 = 830.000
      // Household: 354.000 + 830.000 = 1.184.000, withheld 6.000 + 70.000 = 76.000.
      // Company: 264.000 + 528.000 + 220.000 = 1.012.000. All inside the return window: pending.
      await until("household pending", async () => (await balance(household)).pending === 1_184_000)
      await until("company pending", async () => (await balance(company)).pending === 1_012_000)
      await until("partner pending", async () => (await partnerBalance()).pending === 12_500)
      expect(await balance(household)).toEqual(vnd(1_184_000, 0, 0, 76_000))
      expect(await balance(company)).toEqual(vnd(1_012_000, 0, 0, 0))
      expect(await partnerBalance()).toEqual(vnd(12_500, 0, 0, 0))
      // Money in, to the đồng: every order's capture less its refunds; nothing for the canceled one.
      expect(await cash(cod.id)).toBe(cod.total)
      expect(await cash(qr.id)).toBe(qr.total)
      expect(await cash(card.id)).toBe(card.total - 250_000)
      expect(await cash(canceled.id)).toBe(0)
      expect(await cash(booking.id)).toBe(1_000_000)

      // ---- 8. Eight days pass for the goods (their deliveries moved back), the ledger hears of it
      // as from the next event: the goods are payable; the visit (day after tomorrow) is not yet.
      const fulfillment = getContainer().resolve(Modules.FULFILLMENT)
      const orders = [cod, qr, card, canceled, booking]
      const { data: shipped } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["id", "fulfillments.id", "fulfillments.delivered_at"], filters: { id: orders.map((o) => o.id) } })
      for (const o of shipped as Array<{ fulfillments: Array<{ id: string; delivered_at: string | null }> }>) {
        for (const f of o.fulfillments ?? []) {
          if (f.delivered_at) await fulfillment.updateFulfillment(f.id, { delivered_at: new Date(new Date(f.delivered_at).getTime() - 8 * DAY) })
        }
      }
      for (const o of orders) await syncOrderLedgerWorkflow(getContainer()).run({ input: { order_id: o.id } })
      expect(await balance(household)).toEqual(vnd(830_000, 354_000, 0, 76_000))
      expect(await balance(company)).toEqual(vnd(0, 1_012_000, 0, 0))
      expect(await partnerBalance()).toEqual(vnd(0, 12_500, 0, 0))

      // ---- 9. The month's payout batch: one line per payee with a bank account, made once, paid once.
      await api.post("/producer/bank-account", { bank_bin: "970436", account_number: "0011001234567", account_name: "Hộ kinh doanh Mạnh Hà" }, household.auth)
      await api.post("/producer/bank-account", { bank_bin: "970415", account_number: "108000123456", account_name: "Công ty Quý Hoa" }, company.auth)
      await api.post("/partner/bank-account", { bank_bin: "970422", account_number: "0123456789", account_name: "Trần Văn Bình" }, partner.auth)
      const period = thisMonthInVietnam()
      const first = await api.post("/admin/payouts", { period }, shop.admin)
      expect(first.data).toMatchObject({ created: true, missing_bank_account: [] })
      const batch = first.data.payout_batch
      expect(batch).toMatchObject({ period, status: "open", total: 354_000 + 1_012_000 + 12_500 })
      const line = (account_type: string, account_id: string, amount: number, bank_bin: string, account_number: string, account_name: string) =>
        ({ account_type, account_id, amount, bank_bin, account_number, account_name, content: `OCOP ${period} ${account_id}` })
      expect([...batch.lines].sort((a: { amount: number }, b: { amount: number }) => a.amount - b.amount)).toEqual([
        line("partner", partner.partnerId, 12_500, "970422", "0123456789", "TRAN VAN BINH"),
        line("producer", household.producerId, 354_000, "970436", "0011001234567", "HO KINH DOANH MANH HA"),
        line("producer", company.producerId, 1_012_000, "970415", "108000123456", "CONG TY QUY HOA"),
      ])
      expect((await api.post("/admin/payouts", { period }, shop.admin)).data).toMatchObject({ created: false, payout_batch: { id: batch.id, total: 1_378_500 } })
      await api.post(`/admin/payouts/${batch.id}/pay`, { bank_reference: "VCB-FT2612039999" }, shop.admin)
      expect((await fails(api.post(`/admin/payouts/${batch.id}/pay`, { bank_reference: "VCB-FT2612039999" }, shop.admin))).status).toBe(400)
      expect(await balance(household)).toEqual(vnd(830_000, 0, 354_000, 76_000))
      expect(await balance(company)).toEqual(vnd(0, 0, 1_012_000, 0))
      expect(await partnerBalance()).toEqual(vnd(0, 0, 12_500, 0))
      // Payouts received, as each portal lists them: each payee its own transfer only.
      const received = async (url: string, auth: Headers) => (await api.get(url, auth)).data.payouts
      const paidLine = (amount: number) => [{ batch_id: batch.id, period, paid_at: expect.any(String), amount, bank_reference: "VCB-FT2612039999" }]
      expect(await received("/producer/balance/payouts", household.auth)).toEqual(paidLine(354_000))
      expect(await received("/producer/balance/payouts", company.auth)).toEqual(paidLine(1_012_000))
      expect(await received("/partner/balance/payouts", partner.auth)).toEqual(paidLine(12_500))
      expect((await fails(api.get("/producer/balance/payouts"))).status).toBe(401)
      expect((await fails(api.get("/partner/balance/payouts", household.auth))).status).toBe(401)
      // The partner's month: its one commission line, paid.
      const { data: commissionMonth } = await api.get(`/partner/balance/months?month=${period}`, partner.auth)
      expect(commissionMonth.totals).toEqual({ pending: 0, payable: 0, paid: 12_500 })
      // (Each change of the card order reversed and rewrote its commission: the lines add up to it.)
      const commissions = commissionMonth.lines.filter((l: { kind: string }) => l.kind === "partner_commission")
      expect(new Set(commissions.map((l: { order_id: string }) => l.order_id))).toEqual(new Set([card.id]))
      expect(commissions.reduce((s: number, l: { amount: number }) => s + l.amount, 0)).toBe(12_500)
      // The household's statement of the month from the ledger, lines named by order and product, and as CSV.
      const { data: statement } = await api.get(`/producer/balance/months?month=${period}`, household.auth)
      expect(statement.totals).toEqual({ pending: 830_000, payable: 0, paid: 354_000 })
      // The COD sale, rewritten when its return window closed (the first entry reversed), now paid.
      const codSales = statement.lines.filter((l: { kind: string; order_id: string }) => l.kind === "sale" && l.order_id === cod.id)
      expect(codSales.reduce((s: number, l: { amount: number }) => s + l.amount, 0)).toBe(400_000)
      expect(codSales).toContainEqual(expect.objectContaining({ amount: 400_000, title: "Chả mực (kịch bản)", display_id: expect.any(Number), status: "paid" }))
      const statementCsv = String((await api.get(`/producer/balance/months?month=${period}&format=csv`, household.auth)).data)
      expect(statementCsv).toContain(",sale,")
      expect(statementCsv).toContain("Chả mực (kịch bản),400000,paid")
      expect(statementCsv).not.toContain("Trà hoa vàng")
      // After the visit day the household's service is payable, the rest already paid.
      expect(await ledger().balanceOf("producer", household.producerId, new Date(Date.now() + 4 * DAY))).toEqual(vnd(0, 830_000, 354_000, 76_000))

      // ---- 10. Reconciliation: each order agrees with its payments and refunds…
      for (const o of orders) {
        expect((await checkOrderLedgerWorkflow(getContainer()).run({ input: { order_id: o.id } })).result).toEqual([])
      }
      // …and `npm run ledger:check` itself, run against this test's database, reports 0 differences.
      const { rows } = await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION).raw("select current_database() as name")
      const database = new URL(process.env.DATABASE_URL ?? "postgres://postgres@localhost:5432/postgres")
      database.pathname = `/${rows[0].name}`
      const { stdout } = await run("npm", ["run", "--silent", "ledger:check"], {
        cwd: path.resolve(__dirname, "../.."),
        env: { ...process.env, DATABASE_URL: database.toString(), REDIS_URL: "", LOG_LEVEL: "error" },
        timeout: 240_000,
      })
      expect(stdout).toContain(`ledger:check: ${orders.length} orders, 0 differences`)
    }, 900_000)
  },
})
