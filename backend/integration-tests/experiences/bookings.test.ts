import { medusaIntegrationTestRunner } from "../helpers/runner"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { isoDateInVietnam } from "@ocop/core"
import { failed, setUpShop, type Shop } from "../payments/checkout"

// Experience bookings (OCOP group 6) over HTTP on a real database: a booking is a cart line of an
// experience with metadata { experience_date, party_size } and quantity = party size; capacity
// is per date; a booking-only cart completes without a shipping address or method.

Object.assign(process.env, {
  VIETQR_BANK_BIN: "970436",
  VIETQR_ACCOUNT_NUMBER: "0011000999888",
  VIETQR_ACCOUNT_NAME: "OCOP QUANG NINH TEST",
})

const VIETQR = "pp_vietqr_vietqr"
const CAPACITY = 5
const PRICE = 350_000

const inDays = (n: number) => {
  const d = new Date(`${isoDateInVietnam()}T00:00:00Z`)
  return new Date(d.getTime() + n * 86_400_000).toISOString().slice(0, 10)
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let experience: { id: string; adult: string; child: string }

    beforeAll(async () => {
      shop = await setUpShop(getContainer(), api, ["pp_cod_cod", VIETQR], 50)
      // As the catalog seeds group 6: no shipping profile, no inventory, a capacity per date.
      const { result } = await createProductsWorkflow(getContainer()).run({
        input: {
          products: [
            {
              title: "Du lịch làng quê (thử nghiệm)",
              status: "published",
              options: [{ title: "Vé", values: ["Người lớn", "Trẻ em"] }],
              variants: [
                { title: "Người lớn", manage_inventory: false, options: { "Vé": "Người lớn" }, prices: [{ amount: PRICE, currency_code: "vnd" }] },
                { title: "Trẻ em", manage_inventory: false, options: { "Vé": "Trẻ em" }, prices: [{ amount: 200_000, currency_code: "vnd" }] },
              ],
              sales_channels: [{ id: shop.salesChannelId }],
              metadata: { ocop_group: "tourism", experience: true, experience_capacity: CAPACITY },
            },
          ],
        },
      })
      const p = result[0]!
      experience = { id: p.id, adult: p.variants.find((v) => v.title === "Người lớn")!.id, child: p.variants.find((v) => v.title === "Trẻ em")!.id }
    })

    const newCart = async (email = "khach@example.vn") => {
      const { data } = await api.post("/store/carts", { region_id: shop.regionId, email }, shop.store)
      return data.cart.id as string
    }
    const book = (cartId: string, date: unknown, partySize: unknown, variantId = experience.adult) =>
      api.post(
        `/store/carts/${cartId}/line-items`,
        { variant_id: variantId, quantity: partySize, metadata: { experience_date: date, party_size: partySize } },
        shop.store
      )
    const items = async (cartId: string) => {
      const { data } = await api.get(`/store/carts/${cartId}`, shop.store)
      return data.cart.items as Array<{ id: string; quantity: number; requires_shipping: boolean; metadata: Record<string, unknown> }>
    }
    /** Buyer's name and phone on the billing address, VietQR session: no shipping at all. */
    const readyToPay = async (cartId: string) => {
      await api.post(
        `/store/carts/${cartId}`,
        { billing_address: { first_name: "Lan", last_name: "Nguyễn", phone: "+84912345678", country_code: "vn" } },
        shop.store
      )
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, shop.store)
      await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: VIETQR }, shop.store)
    }
    const complete = (cartId: string) => api.post(`/store/carts/${cartId}/complete`, {}, shop.store)
    const remaining = async (date: string) => {
      const { data } = await api.get(`/store/experiences/${experience.id}/availability?from=${date}&to=${date}`, shop.store)
      return data.dates[0].remaining as number
    }

    it("books within capacity: a booking-only cart completes without shipping, the order keeps date and party size", async () => {
      const date = inDays(10)
      const cartId = await newCart()
      const { data } = await book(cartId, date, 3)
      const line = data.cart.items[0]
      expect(line).toMatchObject({ quantity: 3, requires_shipping: false, metadata: { experience_date: date, party_size: 3 } })
      expect(data.cart.total).toBe(3 * PRICE)

      await readyToPay(cartId)
      const { data: done } = await complete(cartId)
      expect(done.type).toBe("order")
      expect(done.order.items[0]).toMatchObject({ quantity: 3, metadata: { experience_date: date, party_size: 3 } })
      expect(done.order.shipping_methods ?? []).toHaveLength(0)
      expect(await remaining(date)).toBe(CAPACITY - 3)
    })

    it("refuses past dates, malformed dates and party sizes of 0, -1 or above capacity with 400 naming the field; the cart is unchanged", async () => {
      const cartId = await newCart()
      const cases: Array<[unknown, unknown, string]> = [
        [inDays(-1), 2, "experience_date"],
        ["2026-02-30", 2, "experience_date"],
        ["next friday", 2, "experience_date"],
        [undefined, 2, "experience_date"],
        [inDays(3), 0, "quantity"],
        [inDays(3), -1, "quantity"],
        [inDays(3), CAPACITY + 1, "party_size"],
        [inDays(3), 2.5, "party_size"],
      ]
      for (const [date, size, field] of cases) {
        const res = await book(cartId, date, size).then(() => null, failed)
        expect(res?.status, `${String(date)} × ${String(size)}`).toBe(400)
        expect(res!.data.message).toContain(field)
      }
      // party_size disagreeing with the charged quantity
      const mismatch = await api
        .post(`/store/carts/${cartId}/line-items`, { variant_id: experience.adult, quantity: 1, metadata: { experience_date: inDays(3), party_size: 4 } }, shop.store)
        .then(() => null, failed)
      expect(mismatch?.status).toBe(400)
      expect(mismatch!.data.message).toContain("party_size")
      expect(await items(cartId)).toHaveLength(0)
    })

    it("refuses a party larger than the places left, counting placed orders and the cart's other tickets", async () => {
      const date = inDays(12)
      const first = await newCart()
      await book(first, date, 4)
      await readyToPay(first)
      expect((await complete(first)).data.type).toBe("order")
      expect(await remaining(date)).toBe(1)

      const cartId = await newCart()
      const tooMany = failed(await book(cartId, date, 2).catch((e: unknown) => e))
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toMatch(/experience_date: only 1 place left on/)
      await book(cartId, date, 1, experience.child)
      const full = failed(await book(cartId, date, 1).catch((e: unknown) => e))
      expect(full.data.message).toContain(`${date} is fully booked`)
      expect((await items(cartId)).map((i) => i.quantity)).toEqual([1])

      // Raising the party size on the cart line is checked the same way.
      const line = (await items(cartId))[0]!
      const raise = await api
        .post(`/store/carts/${cartId}/line-items/${line.id}`, { quantity: 3, metadata: { experience_date: date, party_size: 3 } }, shop.store)
        .then(() => null, failed)
      expect(raise?.status).toBe(400)
      expect((await items(cartId))[0]!.quantity).toBe(1)
    })

    it("two carts for the last places completed in parallel: one order, one clear refusal", async () => {
      const date = inDays(20)
      const filler = await newCart()
      await book(filler, date, CAPACITY - 2)
      await readyToPay(filler)
      expect((await complete(filler)).data.type).toBe("order")

      const a = await newCart("a@example.vn")
      const b = await newCart("b@example.vn")
      await book(a, date, 2)
      await book(b, date, 2)
      await readyToPay(a)
      await readyToPay(b)
      const results = await Promise.all([complete(a).then((r: { status: number; data: any }) => r, failed), complete(b).then((r: { status: number; data: any }) => r, failed)])
      const orders = results.filter((r) => r.status === 200 && r.data.type === "order")
      const refused = results.filter((r) => r.status >= 400)
      expect(orders).toHaveLength(1)
      expect(refused).toHaveLength(1)
      expect(refused[0]!.status).toBeLessThan(500)
      expect(refused[0]!.data.message).toContain(`${date} is fully booked`)
      expect(await remaining(date)).toBe(0)

      // The refused cart is still there and still holds its booking: nothing lost.
      const loser = orders[0] === results[0] ? b : a
      expect((await items(loser))[0]).toMatchObject({ quantity: 2, metadata: { experience_date: date } })
    })

    it("a mixed cart ships the goods and books the experience", async () => {
      const date = inDays(30)
      const cartId = await newCart()
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: shop.variantId, quantity: 1 }, shop.store)
      await book(cartId, date, 2)
      // Without a shipping method the goods cannot be ordered.
      await readyToPay(cartId)
      const noShipping = failed(await complete(cartId).catch((e: unknown) => e))
      expect(noShipping.status).toBe(400)
      expect(noShipping.data.message).toMatch(/shipping/i)

      await api.post(
        `/store/carts/${cartId}`,
        { shipping_address: { first_name: "Lan", last_name: "Nguyễn", address_1: "12 Trần Hưng Đạo", city: "Hạ Long", province: "Quảng Ninh", country_code: "vn", phone: "+84912345678" } },
        shop.store
      )
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, shop.store)
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, shop.store)
      await readyToPay(cartId)
      const { data } = await complete(cartId)
      expect(data.type).toBe("order")
      expect(data.order.items).toHaveLength(2)
      expect(data.order.shipping_methods).toHaveLength(1)
      expect(await remaining(date)).toBe(CAPACITY - 2)
    })

    it("availability: per-date places from placed orders; canceled orders free their places; bad input is a 400, a non-experience a 404", async () => {
      const date = inDays(40)
      const cartId = await newCart()
      await book(cartId, date, 2)
      await readyToPay(cartId)
      const { data } = await complete(cartId)
      const { data: avail } = await api.get(`/store/experiences/${experience.id}/availability?from=${inDays(39)}&to=${inDays(41)}`, shop.store)
      expect(avail).toMatchObject({ product_id: experience.id, capacity: CAPACITY })
      expect(avail.dates).toEqual([
        { date: inDays(39), remaining: CAPACITY, available: true },
        { date, remaining: CAPACITY - 2, available: true },
        { date: inDays(41), remaining: CAPACITY, available: true },
      ])

      await api.post(`/admin/orders/${data.order.id}/cancel`, {}, shop.admin)
      expect(await remaining(date)).toBe(CAPACITY)

      const bad = failed(await api.get(`/store/experiences/${experience.id}/availability?from=tomorrow`, shop.store).catch((e: unknown) => e))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("from")
      const reversed = failed(await api.get(`/store/experiences/${experience.id}/availability?from=${inDays(5)}&to=${inDays(1)}`, shop.store).catch((e: unknown) => e))
      expect(reversed.status).toBe(400)
      expect(reversed.data.message).toContain("to")
      const goods = failed(await api.get(`/store/experiences/${shop.variantId.replace("variant", "prod")}/availability`, shop.store).catch((e: unknown) => e))
      expect(goods.status).toBe(404)
    })
  },
})
