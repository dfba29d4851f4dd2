import { medusaIntegrationTestRunner } from "../helpers/runner"
import { parse } from "csv-parse/sync"
import { waitFor } from "../search/fixtures"
import { adminOrder, ORDER_TOTAL, prepareCart, PRODUCT_PRICE, setUpShop, type Shop } from "../payments/checkout"
import { activePartner, fails } from "./partners"

type Api = Parameters<typeof prepareCart>[0]

// The visit token of one click through each code's link (so that each partner's clicks count once).
const visits = new Map<string, string | undefined>()
async function visitToken(api: Api, shop: Shop, code: string) {
  if (!visits.has(code)) visits.set(code, (await api.post("/store/partner-visits", { code, path: "/vi" }, shop.store)).data.visit_token)
  return visits.get(code)
}

/** POST /store/carts/:id/partner → the partner answered, or the status of a refusal. */
async function attach(api: Api, cart: { cartId: string; headers: Record<string, string> }, body: Record<string, unknown>) {
  try {
    return (await api.post(`/store/carts/${cart.cartId}/partner`, body, { headers: cart.headers })).data.partner
  } catch (error) {
    const status = (error as { response?: { status: number } }).response?.status
    if (!status) throw error
    return status
  }
}

/**
 * A cash-on-delivery checkout; the visit of each of `codes` goes to POST /store/carts/:id/partner in
 * order before completing. A code without a recorded visit can only send a made-up token.
 */
async function checkout(api: Api, shop: Shop, codes: string[]) {
  const cart = await prepareCart(api, shop, "pp_cod_cod")
  const answers = []
  for (const code of codes) {
    answers.push(await attach(api, cart, { visit_token: (await visitToken(api, shop, code)) ?? `pvis_${code}.made-up` }))
  }
  const { data } = await api.post(`/store/carts/${cart.cartId}/complete`, {}, { headers: cart.headers })
  if (data.type !== "order") throw new Error(`cart not completed: ${JSON.stringify(data.error ?? data)}`)
  return { order: data.order as { id: string; display_id: number; items: Array<{ id: string; quantity: number }> }, answers }
}

function thisMonth(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7)
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    beforeAll(async () => {
      shop = await setUpShop(getContainer(), api, ["pp_cod_cod"], 20)
    })
    // The runner empties the database between tests: codes (and visits) start over.
    beforeEach(() => visits.clear())

    it("a click, a cart and an order bring the partner a commission: pending, earned on delivery; a canceled order is void and not counted", async () => {
      const A = await activePartner(api, shop.admin, 1)
      const B = await activePartner(api, shop.admin, 2)
      await api.post(`/admin/partners/${A.partnerId}`, { commission_rate: 0.1 }, shop.admin)
      const store = shop.store

      // Clicks: A's code counts; unknown or suspended codes are ignored without an error.
      const clicked = (await api.post("/store/partner-visits", { code: A.code.toLowerCase(), path: "/vi/products/tra" }, store)).data
      expect(clicked).toEqual({ recorded: true, visit_token: expect.stringMatching(/^[^.]+\.[A-Za-z0-9_-]{43}$/) })
      visits.set(A.code, clicked.visit_token)
      expect((await api.post("/store/partner-visits", { code: "KHONGCO", path: "/vi" }, store)).data).toEqual({ recorded: false })
      expect((await api.post("/store/partner-visits", { code: "<script>", path: "/vi" }, store)).data).toEqual({ recorded: false })
      expect((await fails(api.post("/store/partner-visits", { code: 42 }, store))).status).toBe(400)
      const S = await activePartner(api, shop.admin, 3)
      await api.post(`/admin/partners/${S.partnerId}/status`, { status: "suspended", reason: "Thử nghiệm" }, shop.admin)
      expect((await api.post("/store/partner-visits", { code: S.code, path: "/vi" }, store)).data).toEqual({ recorded: false })

      // Order 1: B clicked first, then an unknown code, then A: the last valid click wins. Codes
      // without a recorded visit (unknown, suspended) have no token to show: 400 (issue #21).
      const first = await checkout(api, shop, [B.code, "KHONGCO", S.code, A.code])
      expect(first.answers).toEqual([{ display_name: B.partner.display_name }, 400, 400, { display_name: A.partner.display_name }])
      const expected = Math.round(0.1 * PRODUCT_PRICE)
      await waitFor(async () => (await api.get("/partner/orders", A.auth)).data.count === 1, 15_000, 200)
      // The rate is the one of the day the order was placed.
      await api.post(`/admin/partners/${A.partnerId}`, { commission_rate: 0.2 }, shop.admin)
      const listed = await api.get("/partner/orders", A.auth)
      expect(listed.data.orders[0]).toMatchObject({
        id: first.order.id,
        display_id: first.order.display_id,
        commission: expected,
        commission_status: "pending",
        commission_rate: 0.1,
      })
      // No customer data in what the partner sees.
      const text = JSON.stringify(listed.data)
      for (const secret of ["khach@example.vn", "Nguyễn", "Trần Hưng Đạo", "+84912345678"]) expect(text).not.toContain(secret)
      expect((await api.get("/partner/orders", B.auth)).data.count).toBe(0)

      // Delivered → earned.
      await api.post(
        `/admin/orders/${first.order.id}/fulfillments`,
        { items: first.order.items.map((i) => ({ id: i.id, quantity: i.quantity })), location_id: shop.stockLocationId },
        shop.admin
      )
      const { data: withF } = await api.get(`/admin/orders/${first.order.id}?fields=id,*fulfillments`, shop.admin)
      const fulfillmentId = withF.order.fulfillments[0].id
      await api.post(`/admin/orders/${first.order.id}/fulfillments/${fulfillmentId}/mark-as-delivered`, {}, shop.admin)
      await waitFor(async () => (await api.get("/partner/orders", A.auth)).data.orders[0].commission_status === "earned", 15_000, 200)

      // Order 2, A's too, canceled → void.
      const second = await checkout(api, shop, [A.code])
      await waitFor(async () => (await api.get("/partner/orders", A.auth)).data.count === 2, 15_000, 200)
      await api.post(`/admin/orders/${second.order.id}/cancel`, {}, shop.admin)
      await waitFor(
        async () => (await api.get("/partner/orders", A.auth)).data.orders.find((o: { id: string }) => o.id === second.order.id)?.commission_status === "void",
        15_000,
        200
      )

      // Order 3 with an unknown code only: nobody's.
      await checkout(api, shop, ["KHONGCO"])
      await new Promise((r) => setTimeout(r, 1000))
      expect((await api.get("/partner/orders", A.auth)).data.count).toBe(2)
      expect((await api.get("/partner/orders", B.auth)).data.count).toBe(0)

      // Stats: the void order counts for nothing.
      const month = thisMonth()
      const stats = (await api.get(`/partner/stats?from=${month}&to=${month}`, A.auth)).data
      expect(stats.currency_code).toBe("vnd")
      expect(stats.months).toEqual([expect.objectContaining({ month, clicks: 1, orders: 1, revenue: PRODUCT_PRICE, commission: expected, commission_earned: expected })])
      expect(stats.totals).toMatchObject({ clicks: 1, orders: 1, revenue: PRODUCT_PRICE, commission: expected })
      const defaults = (await api.get("/partner/stats", A.auth)).data
      expect(defaults.months).toHaveLength(12)
      expect(defaults.months[11].month).toBe(month)
      // B's one click (its visit token went to order 1 before A's) brought no order.
      expect((await api.get("/partner/stats", B.auth)).data.totals).toMatchObject({ clicks: 1, orders: 0, revenue: 0, commission: 0 })

      // The admin's monthly report, in JSON and CSV.
      const report = (await api.get(`/admin/partner-commissions?month=${month}`, shop.admin)).data
      expect(report.rows.find((r: { partner_id: string }) => r.partner_id === A.partnerId)).toMatchObject({
        referral_code: A.code,
        clicks: 1,
        orders: 1,
        revenue: PRODUCT_PRICE,
        commission: expected,
        commission_earned: expected,
      })
      const csv = await api.get(`/admin/partner-commissions?month=${month}&format=csv`, { ...shop.admin, responseType: "arraybuffer" })
      expect(csv.headers["content-type"]).toMatch(/text\/csv/)
      const bytes = Buffer.from(csv.data)
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const rows = parse(bytes.toString("utf8"), { bom: true, columns: true }) as Array<Record<string, string>>
      const rowA = rows.find((r) => r.partner_id === A.partnerId)!
      expect(rowA).toMatchObject({ month, referral_code: A.code, orders: "1", commission_vnd: String(expected) })
      expect((await fails(api.get("/admin/partner-commissions?month=2026-13", shop.admin))).status).toBe(400)
      expect((await fails(api.get(`/admin/partner-commissions?month=${month}`))).status).toBe(401)

      // An unknown cart is a 404. A bare code, or a visit token not signed by the shop, credits nobody.
      expect((await fails(api.post("/store/carts/cart_khong_co/partner", { visit_token: visits.get(A.code) }, store))).status).toBe(404)
      const open = await prepareCart(api, shop, "pp_cod_cod")
      expect(await attach(api, open, { code: A.code })).toBe(400)
      const [visitId] = visits.get(A.code)!.split(".")
      expect(await attach(api, open, { visit_token: `${visitId}.${"A".repeat(43)}` })).toBe(400)
      expect(await attach(api, open, { visit_token: visits.get(A.code) })).toEqual({ display_name: A.partner.display_name })
    }, 300_000)

    it("a partial refund reduces the commission; refunding the rest voids it", async () => {
      const C = await activePartner(api, shop.admin, 4)
      const { order, answers } = await checkout(api, shop, [C.code])
      expect(answers).toEqual([{ display_name: C.partner.display_name }])
      const commissionOf = async () => (await api.get("/partner/orders", C.auth)).data.orders[0]
      await waitFor(async () => (await api.get("/partner/orders", C.auth)).data.count === 1, 15_000, 200)
      expect(await commissionOf()).toMatchObject({ commission: Math.round(0.05 * PRODUCT_PRICE), commission_status: "pending" })

      await api.post(`/admin/orders/${order.id}/cod-collected`, { amount_received: ORDER_TOTAL }, shop.admin)
      const paymentId = (await adminOrder(api, shop, order.id)).payment_collections[0]!.payments[0]!.id
      await api.post(`/admin/payments/${paymentId}/refund`, { amount: 220_000 }, shop.admin)
      const reduced = Math.round(0.05 * (PRODUCT_PRICE - 220_000))
      await waitFor(async () => (await commissionOf()).commission === reduced, 15_000, 200)

      await api.post(`/admin/payments/${paymentId}/refund`, { amount: ORDER_TOTAL - 220_000 }, shop.admin)
      await waitFor(async () => (await commissionOf()).commission_status === "void", 15_000, 200)
      expect((await api.get("/partner/stats", C.auth)).data.totals).toMatchObject({ orders: 0, commission: 0 })
    }, 300_000)
  },
})
