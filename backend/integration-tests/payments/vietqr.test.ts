import { medusaIntegrationTestRunner } from "../helpers/runner"
import { parseVietQr } from "@ocop/vietqr"
import { cancelUnpaidVietQrOrdersWorkflow } from "../../src/workflows/payments/cancel-unpaid-vietqr-orders"
import { adminOrder, failed, ORDER_TOTAL, placeOrder, reservedQuantity, setUpShop, type Shop } from "./checkout"

const HOUR = 3_600_000
const inHours = (h: number) => new Date(Date.now() + h * HOUR).toISOString()

// medusa-config.ts reads these when the runner loads it, before the runner's own `env` option
// is applied: set them here (each test file runs in its own process).
Object.assign(process.env, {
  VIETQR_BANK_BIN: "970436",
  VIETQR_BANK_NAME: "Vietcombank",
  VIETQR_ACCOUNT_NUMBER: "0011000999888",
  VIETQR_ACCOUNT_NAME: "OCOP QUANG NINH TEST",
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    beforeAll(async () => {
      shop = await setUpShop(getContainer(), api, ["pp_cod_cod", "pp_vietqr_vietqr"])
    })

    describe("VietQR bank transfer (pp_vietqr_vietqr)", () => {
      it("places the order awaiting the transfer, with a NAPAS payload for the exact amount", async () => {
        const { order, session } = await placeOrder(api, shop, "pp_vietqr_vietqr", { email: "lan@example.vn" })
        expect(session.data.reference).toMatch(/^OCOP[0-9A-Z]{10}$/)

        const o = await adminOrder(api, shop, order.id)
        expect(o.payment_status).toBe("authorized")
        expect(o.payment_collections[0]!.payments[0]).toMatchObject({ provider_id: "pp_vietqr_vietqr", captured_at: null })

        const { data } = await api.get(`/store/orders/${order.id}/vietqr?email=LAN@example.vn`, { headers: shop.store.headers })
        expect(data).toMatchObject({
          order_id: order.id,
          status: "awaiting_transfer",
          amount: ORDER_TOTAL,
          currency_code: "vnd",
          reference: session.data.reference,
          bank_bin: "970436",
          bank_name: "Vietcombank",
          account_number: "0011000999888",
          account_name: "OCOP QUANG NINH TEST",
        })
        expect(new Date(data.pay_before).getTime() - Date.now()).toBeGreaterThan(23 * HOUR)
        expect(parseVietQr(data.payload)).toMatchObject({
          pointOfInitiation: "dynamic",
          bankBin: "970436",
          accountNumber: "0011000999888",
          serviceCode: "QRIBFTTA",
          currency: "704",
          amount: ORDER_TOTAL,
          country: "VN",
          reference: session.data.reference,
        })
        expect(data.png).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/)
        expect(Buffer.from(data.png.split(",")[1], "base64").subarray(1, 4).toString()).toBe("PNG")
        expect(data.svg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/)
      })

      it("shows the QR only to the buyer: the order's email or the customer who placed it", async () => {
        const { order } = await placeOrder(api, shop, "pp_vietqr_vietqr", { email: "lan@example.vn" })
        const get = (query: string, headers: Record<string, string> = shop.store.headers) =>
          api.get(`/store/orders/${order.id}/vietqr${query}`, { headers }).catch(failed)
        expect((await get("")).status).toBe(404)
        expect((await get("?email=someone@example.vn")).status).toBe(404)
        expect((await get("?email=lan@example.vn", {})).status).toBe(400) // no publishable key
        expect((await api.get(`/store/orders/order_nope/vietqr?email=lan@example.vn`, { headers: shop.store.headers }).catch(failed)).status).toBe(404)

        const login = await api.post("/auth/customer/emailpass", { email: "customer@ocop.local", password: "ocop-dev-customer" })
        const token = login.data.token as string
        const mine = await placeOrder(api, shop, "pp_vietqr_vietqr", { customerToken: token })
        const asCustomer = { ...shop.store.headers, authorization: `Bearer ${token}` }
        expect((await api.get(`/store/orders/${mine.order.id}/vietqr`, { headers: asCustomer })).status).toBe(200)
        // The same customer cannot read the guest's order without its email.
        expect((await get("", asCustomer)).status).toBe(404)
      })

      it("captures when the admin records the transfer; the reference finds the order", async () => {
        const { order, session } = await placeOrder(api, shop, "pp_vietqr_vietqr")
        const found = await api.get(`/admin/payments/vietqr/${session.data.reference}`, { headers: shop.admin.headers })
        expect(found.data).toMatchObject({ reference: session.data.reference, order_id: order.id, amount: ORDER_TOTAL })
        expect((await api.get(`/admin/payments/vietqr/OCOP0000000000`, { headers: shop.admin.headers }).catch(failed)).status).toBe(404)

        const res = await api.post(`/admin/orders/${order.id}/vietqr-received`, { amount_received: ORDER_TOTAL }, { headers: shop.admin.headers })
        expect(res.data).toMatchObject({ order_id: order.id, provider_id: "pp_vietqr_vietqr" })
        const o = await adminOrder(api, shop, order.id)
        expect(o.payment_status).toBe("captured")
        expect(o.payment_collections[0]!.payments[0]!.data.received_at).toEqual(expect.any(String))

        const page = await api.get(`/store/orders/${order.id}/vietqr?email=khach@example.vn`, { headers: shop.store.headers })
        expect(page.data).toMatchObject({ status: "paid", pay_before: null })

        expect((await api.post(`/admin/orders/${order.id}/vietqr-received`, {}, { headers: shop.admin.headers }).catch(failed)).status).toBe(400)
        expect((await api.post(`/admin/orders/order_nope/vietqr-received`, {}, { headers: shop.admin.headers }).catch(failed)).status).toBe(404)
      })
    })

    describe("unpaid VietQR orders expire", () => {
      it("cancels after the timeout, releases the reserved stock and refuses a late confirmation", async () => {
        const container = getContainer()
        const { order } = await placeOrder(api, shop, "pp_vietqr_vietqr", { quantity: 2 })
        expect(await reservedQuantity(container, shop)).toBe(2)

        const early = await cancelUnpaidVietQrOrdersWorkflow(container).run({ input: { now: inHours(23), timeout_hours: 24 } })
        expect(early.result.canceled).toEqual([])
        expect((await adminOrder(api, shop, order.id)).status).toBe("pending")

        const late = await cancelUnpaidVietQrOrdersWorkflow(container).run({ input: { now: inHours(25), timeout_hours: 24 } })
        expect(late.result).toMatchObject({ canceled: [order.id], failed: [] })
        const o = await adminOrder(api, shop, order.id)
        expect(o.status).toBe("canceled")
        expect(o.payment_collections[0]!.payments[0]!.canceled_at).not.toBeNull()
        expect(await reservedQuantity(container, shop)).toBe(0)

        const confirm = await api.post(`/admin/orders/${order.id}/vietqr-received`, {}, { headers: shop.admin.headers }).catch(failed)
        expect(confirm.status).toBe(400)
        expect(confirm.data.message).toMatch(/canceled/)
        const after = await adminOrder(api, shop, order.id)
        expect(after.status).toBe("canceled")
        expect(after.payment_collections[0]!.payments[0]!.captured_at).toBeNull()

        const page = await api.get(`/store/orders/${order.id}/vietqr?email=khach@example.vn`, { headers: shop.store.headers })
        expect(page.data).toMatchObject({ status: "canceled", payload: null, png: null, svg: null })

        const again = await cancelUnpaidVietQrOrdersWorkflow(container).run({ input: { now: inHours(26), timeout_hours: 24 } })
        expect(again.result.canceled).toEqual([])
      })

      it("leaves paid VietQR orders and COD orders alone; honours a shorter timeout", async () => {
        const container = getContainer()
        const paid = await placeOrder(api, shop, "pp_vietqr_vietqr")
        await api.post(`/admin/orders/${paid.order.id}/vietqr-received`, {}, { headers: shop.admin.headers })
        const cod = await placeOrder(api, shop, "pp_cod_cod")
        const unpaid = await placeOrder(api, shop, "pp_vietqr_vietqr")

        const { result } = await cancelUnpaidVietQrOrdersWorkflow(container).run({ input: { now: inHours(2), timeout_hours: 1 } })
        expect(result.canceled).toEqual([unpaid.order.id])
        expect((await adminOrder(api, shop, paid.order.id)).status).toBe("pending")
        expect((await adminOrder(api, shop, cod.order.id)).status).toBe("pending")
        expect(await reservedQuantity(container, shop)).toBe(2)
      })
    })
  },
})
