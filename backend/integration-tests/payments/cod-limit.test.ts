import { medusaIntegrationTestRunner } from "../helpers/runner"
import { failed, prepareCart, PRODUCT_PRICE, setUpShop, type Shop } from "./checkout"

// Cash on delivery stays the default for Vietnamese numbers up to OCOP_COD_MAX_TOTAL
// (5,000,000 ₫ by default); above it, or for a foreign number, completing by COD is refused
// with the reason, and the same cart completes by VietQR.

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("cash on delivery: Vietnamese numbers, up to a total", () => {
      let shop: Shop
      beforeAll(async () => {
        shop = await setUpShop(getContainer(), api, ["pp_cod_cod", "pp_vietqr_vietqr"], 20)
      })

      const complete = (cartId: string, headers: Record<string, string>) =>
        api.post(`/store/carts/${cartId}/complete`, {}, { headers }).catch(failed)

      async function payByVietQr(cartId: string, paymentCollectionId: string, headers: Record<string, string>) {
        await api.post(`/store/payment-collections/${paymentCollectionId}/payment-sessions`, { provider_id: "pp_vietqr_vietqr" }, { headers })
        const done = await complete(cartId, headers)
        expect(done.data.type).toBe("order")
      }

      it("refuses a foreign phone number, and the visitor pays by VietQR instead", async () => {
        const { cartId, paymentCollectionId, headers } = await prepareCart(api, shop, "pp_cod_cod")
        const moved = await api.post(
          `/store/carts/${cartId}`,
          { shipping_address: { first_name: "Alex", last_name: "Morgan", address_1: "Tuần Châu Marina", city: "Tuần Châu", province: "Quảng Ninh", country_code: "vn", phone: "+44 7700 900123" } },
          { headers }
        )
        expect(moved.data.cart.shipping_address.phone).toBe("+447700900123")
        await api.post(`/store/payment-collections/${paymentCollectionId}/payment-sessions`, { provider_id: "pp_cod_cod" }, { headers })
        const refused = await complete(cartId, headers)
        expect(refused.data.type).not.toBe("order")
        expect(JSON.stringify(refused.data)).toMatch(/Vietnamese phone number/)
        await payByVietQr(cartId, paymentCollectionId, headers)
      })

      it("refuses a total above 5,000,000 ₫ and accepts one within it", async () => {
        const big = await prepareCart(api, shop, "pp_cod_cod", { quantity: 5 })
        expect(5 * PRODUCT_PRICE).toBeGreaterThan(5_000_000)
        const refused = await complete(big.cartId, big.headers)
        expect(refused.data.type).not.toBe("order")
        expect(JSON.stringify(refused.data)).toMatch(/up to ₫5,000,000/)
        await payByVietQr(big.cartId, big.paymentCollectionId, big.headers)

        const small = await prepareCart(api, shop, "pp_cod_cod", { quantity: 4 })
        expect((await complete(small.cartId, small.headers)).data.type).toBe("order")
      })
    })
  },
})
