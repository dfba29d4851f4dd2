import { medusaIntegrationTestRunner } from "../helpers/runner"
import { Modules } from "@medusajs/framework/utils"
import { application, approve, certify, fails, newProduct, openShop, placeOrder, signUp, type Producer, type Shop } from "./portal"

// A producer's orders: its items with the buyer's delivery data, fulfilment from its own stock
// location with carrier and tracking number, and the monthly statement.

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let A: Producer
    let product: Awaited<ReturnType<typeof newProduct>>
    let order: Awaited<ReturnType<typeof placeOrder>>

    beforeAll(async () => {
      shop = await openShop(getContainer(), api)
      A = await signUp(api, "don@ocop.test", application(1))
      await approve(api, shop.admin, A.producerId)
      await api.post(`/admin/producers/${A.producerId}`, { commission_rate: 0.12 }, shop.admin)
      product = await newProduct(api, A, "Chả mực Hạ Long", [333_333, 150_000], 10)
      // On sale only once its certificate is verified.
      await certify(api, shop.admin, A, product.id)
      order = await placeOrder(api, shop, [
        { variant_id: product.variants[0]!.id, quantity: 3 },
        { variant_id: product.variants[1]!.id, quantity: 1 },
      ])
    })

    const level = async (variantIndex: number) => {
      const stock = await api.get("/producer/stock", A.auth)
      return stock.data.items.find((i: { variant_id: string }) => i.variant_id === product.variants[variantIndex]!.id)
    }

    it("lists the order with the producer's items, quantities and the buyer's delivery data", async () => {
      const { data } = await api.get("/producer/orders", A.auth)
      expect(data.count).toBe(1)
      const [o] = data.orders
      expect(o).toMatchObject({
        id: order.id,
        display_id: order.display_id,
        currency_code: "vnd",
        items_total: 3 * 333_333 + 150_000,
        delivery: {
          name: "Nguyễn Lan",
          phone: "+84912345678",
          address_1: "12 Trần Hưng Đạo",
          city: "Hạ Long",
          province: "Quảng Ninh",
          country_code: "vn",
          shipping_method: "Giao hàng tiêu chuẩn",
        },
        fulfillments: [],
      })
      const rows = o.items.map((i: any) => [i.variant_id, i.quantity, i.unit_price, i.total, i.remaining_quantity])
      rows.sort((a: any[], b: any[]) => b[2] - a[2])
      expect(rows).toEqual([
        [product.variants[0]!.id, 3, 333_333, 999_999, 3],
        [product.variants[1]!.id, 1, 150_000, 150_000, 1],
      ])
      expect(await level(0)).toMatchObject({ stocked_quantity: 10, reserved_quantity: 3, available_quantity: 7 })
    })

    it("fulfils part, then the rest, from its own location, with carrier and tracking number", async () => {
      const { data: before } = await api.get(`/producer/orders/${order.id}`, A.auth)
      const item0 = before.order.items.find((i: any) => i.variant_id === product.variants[0]!.id)
      const part = await api.post(
        `/producer/orders/${order.id}/fulfillments`,
        { items: [{ id: item0.id, quantity: 2 }], carrier: "Viettel Post", tracking_number: "VTP123456", tracking_url: "https://viettelpost.vn/tra-cuu?code=VTP123456" },
        A.auth
      )
      expect(part.data.fulfillment_id).toMatch(/^ful_/)
      const f = part.data.order.fulfillments
      expect(f).toEqual([
        expect.objectContaining({
          id: part.data.fulfillment_id,
          carrier: "Viettel Post",
          shipped_at: expect.any(String),
          labels: [{ tracking_number: "VTP123456", tracking_url: "https://viettelpost.vn/tra-cuu?code=VTP123456" }],
          items: [{ line_item_id: item0.id, quantity: 2 }],
        }),
      ])
      expect(part.data.order.items.find((i: any) => i.id === item0.id)).toMatchObject({ fulfilled_quantity: 2, shipped_quantity: 2, remaining_quantity: 1 })
      expect(await level(0)).toMatchObject({ stocked_quantity: 8, reserved_quantity: 1 })
      const [fulfillment] = await getContainer().resolve(Modules.FULFILLMENT).listFulfillments({ id: part.data.fulfillment_id })
      expect(fulfillment!.location_id).toBe(A.locationId)

      const tooMany = await fails(
        api.post(`/producer/orders/${order.id}/fulfillments`, { items: [{ id: item0.id, quantity: 2 }], carrier: "GHN", tracking_number: "X" }, A.auth)
      )
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toBe(`items.0.quantity: only 1 left to fulfil for item ${item0.id}; got 2`)
      const zero = await fails(
        api.post(`/producer/orders/${order.id}/fulfillments`, { items: [{ id: item0.id, quantity: 0 }], carrier: "GHN", tracking_number: "X" }, A.auth)
      )
      expect(zero.status).toBe(400)
      const noCarrier = await fails(api.post(`/producer/orders/${order.id}/fulfillments`, { carrier: " ", tracking_number: "X" }, A.auth))
      expect(noCarrier.data.message).toMatch(/^carrier: /)
      expect((await fails(api.post(`/producer/orders/${order.id}/fulfillments`, { carrier: "GHN" }, A.auth))).status).toBe(400)

      const rest = await api.post(`/producer/orders/${order.id}/fulfillments`, { carrier: "GHTK", tracking_number: "GHTK-9" }, A.auth)
      expect(rest.data.order.items.every((i: any) => i.remaining_quantity === 0 && i.shipped_quantity === i.quantity)).toBe(true)
      expect(rest.data.order.fulfillments).toHaveLength(2)
      expect(await level(0)).toMatchObject({ stocked_quantity: 7, reserved_quantity: 0 })
      expect(await level(1)).toMatchObject({ stocked_quantity: 9, reserved_quantity: 0 })
      const done = await fails(api.post(`/producer/orders/${order.id}/fulfillments`, { carrier: "GHTK", tracking_number: "GHTK-10" }, A.auth))
      expect(done.status).toBe(400)
      expect(done.data.message).toMatch(/all fulfilled already/)
    })

    it("statement of the month: gross, commission at the producer's rate, net; CSV; other months empty", async () => {
      const gross = 3 * 333_333 + 150_000
      const commission = Math.round(gross * 0.12)
      const { data } = await api.get("/producer/statements", A.auth)
      expect(data).toMatchObject({
        currency_code: "vnd",
        commission_rate: 0.12,
        order_count: 1,
        gross_sales: gross,
        commission,
        net_payable: gross - commission,
        producer: { id: A.producerId, tax_code: application(1).tax_code },
      })
      expect(Number.isInteger(data.commission)).toBe(true)
      expect(data.lines).toHaveLength(2)
      expect(data.month).toMatch(/^\d{4}-\d{2}$/)

      const csv = await api.get(`/producer/statements?month=${data.month}&format=csv`, { ...A.auth, responseType: "arraybuffer" })
      expect(csv.headers["content-type"]).toMatch(/^text\/csv/)
      expect(csv.headers["content-disposition"]).toContain(`sao-ke-thu-nghiem-1-${data.month}.csv`)
      const bytes = Buffer.from(csv.data)
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const text = bytes.toString("utf8")
      expect(text).toContain(`Doanh thu / Gross sales (VND),${gross}`)
      expect(text).toContain(`Hoa hồng / Commission 12% (VND),${commission}`)
      expect(text).toContain(`Thực nhận / Net payable (VND),${gross - commission}`)
      expect(text).toContain("Chả mực Hạ Long")

      const empty = await api.get("/producer/statements?month=2020-01", A.auth)
      expect(empty.data).toMatchObject({ month: "2020-01", order_count: 0, gross_sales: 0, commission: 0, net_payable: 0, lines: [] })
      for (const bad of ["2026-13", "2026-1", "last"]) {
        expect((await fails(api.get(`/producer/statements?month=${bad}`, A.auth))).status).toBe(400)
      }
      expect((await fails(api.get("/producer/statements?format=pdf", A.auth))).status).toBe(400)
    })

    it("a canceled order leaves the statement and cannot be fulfilled", async () => {
      const canceled = await placeOrder(api, shop, [{ variant_id: product.variants[1]!.id, quantity: 2 }])
      await api.post(`/admin/orders/${canceled.id}/cancel`, {}, shop.admin)
      const { data } = await api.get("/producer/statements", A.auth)
      expect(data.order_count).toBe(1)
      const view = await api.get(`/producer/orders/${canceled.id}`, A.auth)
      expect(view.data.order.status).toBe("canceled")
      const res = await fails(api.post(`/producer/orders/${canceled.id}/fulfillments`, { carrier: "GHN", tracking_number: "1" }, A.auth))
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/canceled/)
    })
  },
})
