import { medusaIntegrationTestRunner } from "../helpers/runner"
import { codFee, DEFAULT_ITEM_WEIGHT_G, parcelRate } from "@ocop/core/dist/server"
import { application, approve, certify, fails, newProduct, openShop, signUp, type Producer, type Shop } from "../producer/portal"

// Shipping by parcel (issue #13, docs/architecture.md "Shipping"): a cart of two producers ships
// as two parcels, each from its producer's commune, priced by the rate table of
// packages/ocop-core/src/shipping.ts; the options are calculated, and the chosen method carries
// `data.parcels`.

const person = { first_name: "Lan", last_name: "Nguyễn", address_1: "12 Phố Quán Thánh", country_code: "vn", phone: "+84912345678" }
const BA_DINH = { ...person, province: "Hà Nội", city: "Ba Đình" }
const HA_LONG = { ...person, province: "Quảng Ninh", city: "Hạ Long" }
const CO_TO = { ...person, province: "Quảng Ninh", city: "Cô Tô" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let pearls: Producer // in phường Hạ Long (06688)
    let forest: Producer // in xã Đạp Thanh (06979), also Quảng Ninh
    let pearlVariant: string
    let forestVariant: string
    const handle = (p: Producer) => p.application.producer.handle as string

    beforeAll(async () => {
      shop = await openShop(getContainer(), api)
      pearls = await signUp(api, "ngoc@ocop.test", application(1, { commune_code: "06688" }))
      forest = await signUp(api, "rung@ocop.test", application(2, { commune_code: "06979" }))
      for (const p of [pearls, forest]) await approve(api, shop.admin, p.producerId)
      const pearl = await newProduct(api, pearls, "Vòng ngọc trai", [900_000])
      const tea = await newProduct(api, forest, "Trà hoa vàng", [250_000])
      await certify(api, shop.admin, pearls, pearl.id)
      await certify(api, shop.admin, forest, tea.id)
      pearlVariant = pearl.variants[0]!.id
      forestVariant = tea.variants[0]!.id
      // The pearls state their weight (a boxed necklace, 1.2 kg with its case); the tea does not.
      await api.post(`/admin/products/${pearl.id}/variants/${pearlVariant}`, { weight: 1200 }, shop.admin)
    })

    const h = () => shop.store
    async function cart(lines: Array<[string, number]>, address: Record<string, unknown>) {
      const { data } = await api.post("/store/carts", { region_id: shop.regionId, email: "khach@example.vn" }, h())
      const id = data.cart.id as string
      for (const [variant_id, quantity] of lines) await api.post(`/store/carts/${id}/line-items`, { variant_id, quantity }, h())
      await api.post(`/store/carts/${id}`, { shipping_address: address }, h())
      return id
    }
    async function option(cartId: string, name: string) {
      const { data } = await api.get(`/store/shipping-options?cart_id=${cartId}`, h())
      return data.shipping_options.find((o: { name: string }) => o.name === name) as { id: string; price_type: string; data: Record<string, unknown> }
    }
    async function quote(cartId: string, name = "Giao hàng tiêu chuẩn") {
      const { id } = await option(cartId, name)
      const { data } = await api.post(`/store/shipping-options/${id}/calculate`, { cart_id: cartId }, h())
      return data.shipping_option.amount as number
    }

    it("ships a cart of two producers as two parcels, charging the sum of the table's rates", async () => {
      const cartId = await cart([[pearlVariant, 1], [forestVariant, 4]], BA_DINH)
      const standard = await option(cartId, "Giao hàng tiêu chuẩn")
      expect(standard).toMatchObject({ price_type: "calculated", data: { id: "standard", name_en: "Standard delivery" } })

      // Both producers are in Quảng Ninh, which does not border Hà Nội: "the rest of the north".
      const pearlParcel = parcelRate("north", 1200, "standard") // 32.000 + 2 × 5.000
      const teaParcel = parcelRate("north", 4 * DEFAULT_ITEM_WEIGHT_G, "standard") // 2 kg: 32.000 + 3 × 5.000
      expect([pearlParcel, teaParcel]).toEqual([42_000, 47_000])
      expect(await quote(cartId)).toBe(pearlParcel + teaParcel)

      // A client's own idea of where the goods ship from is ignored.
      const { data: before } = await api.get(`/store/carts/${cartId}?fields=items.id`, h())
      const forged = Object.fromEntries(
        before.cart.items.map((i: { id: string }) => [i.id, { producer_handle: "forged", province_code: "01", commune_code: "00004" }])
      )
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: standard.id, data: { origins: forged } }, h())
      const { data } = await api.get(`/store/carts/${cartId}?fields=shipping_total,*shipping_methods`, h())
      const [method] = data.cart.shipping_methods
      expect(method.amount).toBe(pearlParcel + teaParcel)
      expect(data.cart.shipping_total).toBe(pearlParcel + teaParcel)
      expect(method.data.parcels).toEqual([
        expect.objectContaining({ producer_handle: handle(pearls), weight_g: 1200, amount: pearlParcel }),
        expect.objectContaining({ producer_handle: handle(forest), weight_g: 2000, amount: teaParcel }),
      ])

      // The parcels stay on the order.
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, h())
      await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_cod_cod" }, h())
      const done = await api.post(`/store/carts/${cartId}/complete`, {}, h())
      expect(done.data.type).toBe("order")
      const { data: order } = await api.get(`/admin/orders/${done.data.order.id}?fields=shipping_total,*shipping_methods`, shop.admin)
      expect(order.order.shipping_total).toBe(pearlParcel + teaParcel)
      expect(order.order.shipping_methods[0].data.parcels.map((p: { producer_handle: string }) => p.producer_handle)).toEqual([
        handle(pearls),
        handle(forest),
      ])

      // Each producer sees its own parcel's shipping in its portal, never the other's.
      for (const [producer, weight_g, amount] of [[pearls, 1200, pearlParcel], [forest, 2000, teaParcel]] as const) {
        const { data: mine } = await api.get("/producer/orders", producer.auth)
        expect(mine.orders[0].delivery.parcel).toEqual({ weight_g, amount })
      }
    })

    it("charges the same parcel more to Hà Nội and to Cô Tô than within Hạ Long, and more for express", async () => {
      const cartId = await cart([[pearlVariant, 1]], HA_LONG)
      const withinHaLong = await quote(cartId)
      expect(withinHaLong).toBe(parcelRate("same_province", 1200, "standard"))
      const express = await quote(cartId, "Giao hàng nhanh")
      expect(express).toBe(parcelRate("same_province", 1200, "express"))
      expect(express).toBeGreaterThan(withinHaLong)

      await api.post(`/store/carts/${cartId}`, { shipping_address: BA_DINH }, h())
      const toHaNoi = await quote(cartId)
      await api.post(`/store/carts/${cartId}`, { shipping_address: CO_TO }, h())
      const toCoTo = await quote(cartId)
      expect(toHaNoi).toBe(parcelRate("north", 1200, "standard"))
      expect(toCoTo).toBe(parcelRate("island", 1200, "standard"))
      expect(toHaNoi).toBeGreaterThan(withinHaLong)
      expect(toCoTo).toBeGreaterThan(withinHaLong)
    })

    it("a cash-on-delivery order's shipping is the table's rate plus the COD fee; a VietQR order's has no fee", async () => {
      // As the storefront does: the payment step quotes both, and placing the order re-adds the
      // method with the payment chosen (docs/architecture.md, Shipping).
      async function order(payment: "cod" | "prepaid", providerId: string) {
        const cartId = await cart([[pearlVariant, 1]], BA_DINH)
        const { id } = await option(cartId, "Giao hàng tiêu chuẩn")
        const { data: quoted } = await api.post(`/store/shipping-options/${id}/calculate`, { cart_id: cartId, data: { payment } }, h())
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: id, data: { payment } }, h())
        const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, h())
        await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: providerId }, h())
        const done = await api.post(`/store/carts/${cartId}/complete`, {}, h())
        expect(done.data.type).toBe("order")
        const { data } = await api.get(`/admin/orders/${done.data.order.id}?fields=shipping_total,item_total,*shipping_methods`, shop.admin)
        return { quoted: quoted.shipping_option.amount as number, order: data.order }
      }
      const rate = parcelRate("north", 1200, "standard")
      const cash = await order("cod", "pp_cod_cod")
      // The carrier collects the goods and the shipping: its fee is on both.
      const fee = codFee(cash.order.item_total + rate)
      expect(fee).toBeGreaterThan(0)
      expect(cash.quoted).toBe(rate + fee)
      expect(cash.order.shipping_total).toBe(rate + fee)
      expect(cash.order.shipping_methods[0].data).toMatchObject({ payment: "cod", parcels: [expect.objectContaining({ cod_fee: fee, amount: rate + fee })] })

      const prepaid = await order("prepaid", "pp_vietqr_vietqr")
      expect(prepaid.quoted).toBe(rate)
      expect(prepaid.order.shipping_total).toBe(rate)
      expect(prepaid.order.shipping_methods[0].data).toMatchObject({ payment: "prepaid", parcels: [expect.objectContaining({ cod_fee: 0, amount: rate })] })
    }, 300_000)

    it("asks for an address before pricing a delivery, with a 400 that says so", async () => {
      const { data } = await api.post("/store/carts", { region_id: shop.regionId, email: "khach@example.vn" }, h())
      await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: forestVariant, quantity: 1 }, h())
      const { id } = await option(data.cart.id, "Giao hàng tiêu chuẩn")
      const res = await fails(api.post(`/store/shipping-options/${id}/calculate`, { cart_id: data.cart.id }, h()))
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/shipping address/)
    })
  },
})
