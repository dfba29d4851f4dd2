import { medusaIntegrationTestRunner } from "../helpers/runner"
import { parcelRate } from "@ocop/core/dist/server"
import { application, approve, certify, newProduct, signUp, openShop, type Shop } from "../producer/portal"
import { activePartner, fails } from "./partners"

// Delivery to a hotel or cruise (issue #13, item 5; docs/architecture.md, Addresses): a partner
// accepts deliveries for its guests at its checked address; a buyer addresses the order to it
// with a room; the parcel is priced to the partner's commune; the partner sees only its own.

const TUAN_CHAU = { address_1: "Bến du thuyền Tuần Châu", province_code: "22", commune_code: "06706" }
const guest = (partnerId: string, room: unknown = "Cabin 12") => ({
  first_name: "Morgan",
  last_name: "Alex",
  phone: "+44 7700 900123",
  metadata: { partner_id: partnerId, room },
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let variantId: string
    beforeAll(async () => {
      shop = await openShop(getContainer(), api)
      const pearls = await signUp(api, "ngoc-khach-san@ocop.test", application(1, { commune_code: "06688" }))
      await approve(api, shop.admin, pearls.producerId)
      const pearl = await newProduct(api, pearls, "Vòng ngọc trai", [900_000])
      await certify(api, shop.admin, pearls, pearl.id)
      variantId = pearl.variants[0]!.id
      await api.post(`/admin/products/${pearl.id}/variants/${variantId}`, { weight: 1200 }, shop.admin)
    }, 600_000)

    async function orderTo(partnerId: string, room: string) {
      const h = shop.store
      const { data } = await api.post("/store/carts", { region_id: shop.regionId, email: "visitor@example.com" }, h)
      const cartId = data.cart.id as string
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, h)
      await api.post(`/store/carts/${cartId}`, { shipping_address: guest(partnerId, room) }, h)
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, h)
      const standard = options.shipping_options.find((o: { name: string }) => o.name === "Giao hàng tiêu chuẩn")
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: standard.id }, h)
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, h)
      await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_vietqr_vietqr" }, h)
      const done = await api.post(`/store/carts/${cartId}/complete`, {}, h)
      expect(done.data.type).toBe("order")
      return done.data.order as { id: string; display_id: number }
    }

    it("a partner accepts deliveries at a checked address; buyers see it with public data only", async () => {
      const A = await activePartner(api, shop.admin, 1, { kind: "cruise" })

      // Bad addresses: a 400 naming the field, nothing saved.
      for (const [body, field] of [
        [{ accepts: true, province_code: "22", commune_code: "06706" }, "address_1"],
        [{ ...TUAN_CHAU, commune_code: "00004" }, "commune_code"],
        [{ ...TUAN_CHAU, commune_code: "99999" }, "commune_code"],
        [{ ...TUAN_CHAU, province_code: "" }, "province"],
        [{ ...TUAN_CHAU, phone: "call the desk" }, "phone"],
      ] as const) {
        const error = await fails(api.post("/partner/guest-delivery", { accepts: true, ...body }, A.auth))
        expect(error.status, JSON.stringify(body)).toBe(400)
        expect(error.data.message).toMatch(new RegExp(`^${field}`))
      }
      expect((await api.get("/partner/guest-delivery", A.auth)).data.guest_delivery).toBeNull()
      expect((await api.get("/store/guest-delivery-partners", shop.store)).data.partners).toEqual([])

      const { data } = await api.post("/partner/guest-delivery", { accepts: true, ...TUAN_CHAU }, A.auth)
      expect(data.guest_delivery).toEqual({
        address_1: "Bến du thuyền Tuần Châu",
        province: "Quảng Ninh",
        city: "Tuần Châu",
        province_code: "22",
        commune_code: "06706",
        phone: "+84912345678", // the partner's own, in E.164
      })
      const { data: listed } = await api.get("/store/guest-delivery-partners", shop.store)
      expect(listed.partners).toEqual([
        {
          id: A.partnerId,
          display_name: A.partner.display_name,
          kind: "cruise",
          address: { address_1: "Bến du thuyền Tuần Châu", city: "Tuần Châu", province: "Quảng Ninh", province_code: "22", commune_code: "06706" },
        },
      ])
      expect(JSON.stringify(listed)).not.toMatch(/phone|email|commission|\+84/)

      // Turned off, or the partner suspended: no longer offered.
      await api.post("/partner/guest-delivery", { accepts: false }, A.auth)
      expect((await api.get("/store/guest-delivery-partners", shop.store)).data.partners).toEqual([])
      await api.post("/partner/guest-delivery", { accepts: true, ...TUAN_CHAU }, A.auth)
      await api.post(`/admin/partners/${A.partnerId}/status`, { status: "suspended", reason: "Thử nghiệm" }, shop.admin)
      expect((await api.get("/store/guest-delivery-partners", shop.store)).data.partners).toEqual([])
    }, 600_000)

    it("an order to a partner's hotel has its address with the guest's name and room, is priced there, and only that partner sees it", async () => {
      const A = await activePartner(api, shop.admin, 2)
      const B = await activePartner(api, shop.admin, 3)
      const C = await activePartner(api, shop.admin, 4) // does not accept deliveries
      await api.post("/partner/guest-delivery", { accepts: true, ...TUAN_CHAU }, A.auth)
      // B is in Hà Nội, given by names as a stock client would.
      await api.post("/partner/guest-delivery", { accepts: true, address_1: "1 Tràng Tiền", province: "Hà Nội", city: "Hoàn Kiếm" }, B.auth)

      // Refused: no room, a partner that does not accept, an unknown one.
      const { data: created } = await api.post("/store/carts", { region_id: shop.regionId, email: "visitor@example.com" }, shop.store)
      const cartId = created.cart.id as string
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, shop.store)
      for (const [address, field] of [
        [guest(A.partnerId, " "), "shipping_address.metadata.room"],
        [guest(C.partnerId), "shipping_address.metadata.partner_id"],
        [guest("ptnr_khong_co"), "shipping_address.metadata.partner_id"],
      ] as const) {
        const error = await fails(api.post(`/store/carts/${cartId}`, { shipping_address: address }, shop.store))
        expect(error.status).toBe(400)
        expect(error.data.message).toMatch(new RegExp(`^${field.replace(/\./g, "\\.")}`))
      }

      // The client's own street is ignored: the partner's address is written.
      await api.post(`/store/carts/${cartId}`, { shipping_address: { ...guest(A.partnerId), address_1: "elsewhere", city: "Ba Đình", province: "Hà Nội" } }, shop.store)
      const { data: withAddress } = await api.get(`/store/carts/${cartId}?fields=*shipping_address`, shop.store)
      expect(withAddress.cart.shipping_address).toMatchObject({
        first_name: "Morgan",
        last_name: "Alex",
        phone: "+447700900123",
        company: A.partner.display_name,
        address_1: "Bến du thuyền Tuần Châu",
        address_2: "Cabin 12",
        city: "Tuần Châu",
        province: "Quảng Ninh",
        metadata: { province_code: "22", commune_code: "06706", partner_id: A.partnerId, room: "Cabin 12" },
      })
      // Priced to the partner: Hạ Long → Tuần Châu is within the province; to B in Hà Nội costs more.
      const quote = async (id: string) => {
        const { data } = await api.get(`/store/shipping-options?cart_id=${id}`, shop.store)
        const standard = data.shipping_options.find((o: { name: string }) => o.name === "Giao hàng tiêu chuẩn")
        return (await api.post(`/store/shipping-options/${standard.id}/calculate`, { cart_id: id }, shop.store)).data.shipping_option.amount
      }
      expect(await quote(cartId)).toBe(parcelRate("same_province", 1200, "standard"))
      await api.post(`/store/carts/${cartId}`, { shipping_address: guest(B.partnerId, "Booking Alex Morgan") }, shop.store)
      expect(await quote(cartId)).toBe(parcelRate("north", 1200, "standard"))

      const toA = await orderTo(A.partnerId, "Cabin 12")
      const toB = await orderTo(B.partnerId, "Booking Alex Morgan")
      const { data: order } = await api.get(`/admin/orders/${toA.id}?fields=*shipping_address,shipping_total`, shop.admin)
      expect(order.order.shipping_address.metadata).toMatchObject({ province_code: "22", commune_code: "06706", partner_id: A.partnerId })
      expect(order.order.shipping_total).toBe(parcelRate("same_province", 1200, "standard"))

      // Each partner sees the deliveries for its guests, never another's.
      const { data: mine } = await api.get("/partner/guest-deliveries", A.auth)
      expect(mine.count).toBe(1)
      expect(mine.deliveries).toEqual([
        expect.objectContaining({
          order_id: toA.id,
          display_id: toA.display_id,
          guest_name: "Alex Morgan",
          room: "Cabin 12",
          status: "preparing",
          parcels: [expect.objectContaining({ weight_g: 1200 })],
        }),
      ])
      const { data: theirs } = await api.get("/partner/guest-deliveries", B.auth)
      expect(theirs.deliveries.map((d: { order_id: string }) => d.order_id)).toEqual([toB.id])
      expect((await api.get("/partner/guest-deliveries", C.auth)).data).toMatchObject({ deliveries: [], count: 0 })
      // Signed out: refused.
      expect((await fails(api.get("/partner/guest-deliveries"))).status).toBe(401)
    }, 600_000)
  },
})
