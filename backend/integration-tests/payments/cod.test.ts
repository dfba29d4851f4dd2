import { medusaIntegrationTestRunner } from "../helpers/runner"
import { adminOrder, failed, ORDER_TOTAL, placeOrder, prepareCart, setUpShop, type Shop } from "./checkout"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("cash on delivery (pp_cod_cod)", () => {
      let shop: Shop
      beforeAll(async () => {
        shop = await setUpShop(getContainer(), api, ["pp_cod_cod", "pp_vietqr_vietqr"])
      })

      it("places the order with the payment authorized and nothing captured", async () => {
        const { order, session } = await placeOrder(api, shop, "pp_cod_cod")
        expect(session.data).toMatchObject({ method: "cod", amount: ORDER_TOTAL, currency_code: "vnd" })
        const o = await adminOrder(api, shop, order.id)
        expect(o.total).toBe(ORDER_TOTAL)
        expect(o.payment_status).toBe("authorized")
        const payments = o.payment_collections.flatMap((pc) => pc.payments)
        expect(payments).toHaveLength(1)
        expect(payments[0]).toMatchObject({ provider_id: "pp_cod_cod", amount: ORDER_TOTAL, captured_at: null })
      })

      it("captures when the admin records the cash collected, once", async () => {
        const { order } = await placeOrder(api, shop, "pp_cod_cod")
        const res = await api.post(`/admin/orders/${order.id}/cod-collected`, { amount_received: ORDER_TOTAL }, { headers: shop.admin.headers })
        expect(res.status).toBe(200)
        expect(res.data).toMatchObject({ order_id: order.id, provider_id: "pp_cod_cod" })

        const o = await adminOrder(api, shop, order.id)
        expect(o.payment_status).toBe("captured")
        expect(o.payment_collections[0]!.payments[0]!.captured_at).not.toBeNull()
        expect(o.payment_collections[0]!.payments[0]!.data.collected_at).toEqual(expect.any(String))

        const again = await api.post(`/admin/orders/${order.id}/cod-collected`, {}, { headers: shop.admin.headers }).catch(failed)
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/already recorded/)
      })

      it("refuses: no admin, unknown order, wrong amount, an order paid otherwise", async () => {
        const { order } = await placeOrder(api, shop, "pp_cod_cod")
        expect((await api.post(`/admin/orders/${order.id}/cod-collected`, {}).catch(failed)).status).toBe(401)
        expect((await api.post(`/admin/orders/order_nope/cod-collected`, {}, { headers: shop.admin.headers }).catch(failed)).status).toBe(404)
        const wrong = await api
          .post(`/admin/orders/${order.id}/cod-collected`, { amount_received: ORDER_TOTAL - 1000 }, { headers: shop.admin.headers })
          .catch(failed)
        expect(wrong.status).toBe(400)
        expect(wrong.data.message).toMatch(/amount_received/)
        const bad = await api.post(`/admin/orders/${order.id}/cod-collected`, { amount_received: "lots" }, { headers: shop.admin.headers }).catch(failed)
        expect(bad.status).toBe(400)
        const viaVietQr = await api.post(`/admin/orders/${order.id}/vietqr-received`, {}, { headers: shop.admin.headers }).catch(failed)
        expect(viaVietQr.status).toBe(400)
        expect(viaVietQr.data.message).toMatch(/not paid by VietQR/)
        expect((await adminOrder(api, shop, order.id)).payment_status).toBe("authorized")
      })

      it("is refused for a cart with something that is not shipped (a village tour)", async () => {
        const { cartId, headers } = await prepareCart(api, shop, "pp_cod_cod")
        // Make the line item a service that ships nothing, as OCOP group 6 experiences are.
        const { Modules } = await import("@medusajs/framework/utils")
        const cartModule = getContainer().resolve(Modules.CART)
        const [item] = await cartModule.listLineItems({ cart_id: cartId })
        await cartModule.updateLineItems(item!.id, { requires_shipping: false })
        const res = await api.post(`/store/carts/${cartId}/complete`, {}, { headers }).catch(failed)
        const error = res.data.type === "cart" ? res.data.error : res.data
        expect(error.message).toMatch(/Cash on delivery is only for shipped goods/)
      })

      it("10 parallel completions of one cart give exactly one order and one payment", async () => {
        const { cartId, paymentCollectionId, headers } = await prepareCart(api, shop, "pp_cod_cod")
        const results = await Promise.all(
          Array.from({ length: 10 }, () => api.post(`/store/carts/${cartId}/complete`, {}, { headers }).catch(failed))
        )
        const orderIds = new Set(results.filter((r) => r.data?.type === "order").map((r) => r.data.order.id))
        expect(orderIds.size).toBe(1)

        const { ContainerRegistrationKeys, Modules } = await import("@medusajs/framework/utils")
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: orderCarts } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
        expect(orderCarts).toHaveLength(1)
        const [collection] = await getContainer()
          .resolve(Modules.PAYMENT)
          .listPaymentCollections({ id: paymentCollectionId }, { relations: ["payments"] })
        expect(collection!.payments).toHaveLength(1)
      })
    })
  },
})
