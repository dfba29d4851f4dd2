import { medusaIntegrationTestRunner } from "../helpers/runner"
import { activePartner } from "../partner/partners"
import { application, approve, bearer, certify, fails, newProduct, openShop, PASSWORD, placeOrder, signUp, type Api, type Headers, type Shop } from "../producer/portal"

// Issue #21: an order id is not a key to its buyer's address and phone, nor a cart id to a
// customer's cart (src/api/lib/security/private-store.ts).

const ACCESS = "x-order-access-token"

async function newCustomer(api: Api, shop: Shop, email: string): Promise<Headers> {
  const registered = await api.post("/auth/customer/emailpass/register", { email, password: PASSWORD })
  await api.post("/store/customers", { email, first_name: "Lan" }, { headers: { ...shop.store.headers, ...bearer(registered.data.token).headers } })
  const login = await api.post("/auth/customer/emailpass", { email, password: PASSWORD })
  return bearer(login.data.token)
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let variantId: string
    let buyer: Headers
    let otherCustomer: Headers
    let producer: Headers
    let partner: Headers
    const as = (who?: Headers, extra: Record<string, string> = {}) => ({ headers: { ...shop.store.headers, ...who?.headers, ...extra } })
    const status = async (request: Promise<unknown>) => (await fails(request)).status

    beforeAll(async () => {
      shop = await openShop(getContainer(), api)
      const seller = await signUp(api, "rieng-tu@ocop.test", application(71))
      await approve(api, shop.admin, seller.producerId)
      const honey = await newProduct(api, seller, "Mật ong rừng", [200_000], 20)
      // On sale only once its certificate is verified (issue #14).
      await certify(api, shop.admin, seller, honey.id)
      variantId = honey.variants[0]!.id
      producer = seller.auth
      partner = (await activePartner(api, shop.admin, 71)).auth
      buyer = await newCustomer(api, shop, "lan@example.vn")
      otherCustomer = await newCustomer(api, shop, "minh@example.vn")
    })

    it("a customer's order answers that customer only: anonymous, another customer, a producer and a partner get 404", async () => {
      const order = await placeOrder(api, shop, [{ variant_id: variantId, quantity: 1 }], buyer)
      const path = `/store/orders/${order.id}?fields=id,email,*shipping_address`

      const mine = await api.get(path, as(buyer))
      expect(mine.status).toBe(200)
      expect(mine.data.order.shipping_address.phone).toBe("+84912345678")
      for (const stranger of [undefined, otherCustomer, producer, partner]) {
        const refused = await fails(api.get(path, as(stranger)))
        expect(refused.status).toBe(404)
        expect(JSON.stringify(refused.data)).not.toContain("example.vn")
      }
      // The producer does see the order in its portal: its id is no key to the buyer's details.
      expect((await api.get(`/producer/orders/${order.id}`, producer)).status).toBe(200)
    })

    it("a guest's order answers whoever holds the order's access token from the completion, nobody else", async () => {
      const guest = await placeOrder(api, shop, [{ variant_id: variantId, quantity: 1 }])
      const other = await placeOrder(api, shop, [{ variant_id: variantId, quantity: 1 }])
      expect(guest.access_token).toMatch(/^[A-Za-z0-9_-]{43}$/)
      const path = `/store/orders/${guest.id}`

      expect((await api.get(path, as(undefined, { [ACCESS]: guest.access_token }))).data.order.id).toBe(guest.id)
      expect(await status(api.get(path, as()))).toBe(404)
      expect(await status(api.get(path, as(otherCustomer)))).toBe(404)
      expect(await status(api.get(path, as(undefined, { [ACCESS]: other.access_token })))).toBe(404)
      expect(await status(api.get(path, as(undefined, { [ACCESS]: guest.access_token.slice(0, -1) + (guest.access_token.endsWith("A") ? "B" : "A") })))).toBe(404)
      // An unknown order and a private one look the same.
      expect(await status(api.get("/store/orders/order_01KHONGCO", as(buyer)))).toBe(404)
    })

    it("a customer's cart is read and changed with that customer's token only; a guest cart by its holder", async () => {
      const { data } = await api.post("/store/carts", { region_id: shop.regionId }, as(buyer))
      const cartId = data.cart.id as string
      expect((await api.get(`/store/carts/${cartId}`, as(buyer))).status).toBe(200)
      for (const stranger of [undefined, otherCustomer, producer, partner]) {
        expect(await status(api.get(`/store/carts/${cartId}`, as(stranger)))).toBe(404)
        expect(await status(api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, as(stranger)))).toBe(404)
        expect(await status(api.post(`/store/carts/${cartId}`, { email: "ke-gian@example.vn" }, as(stranger)))).toBe(404)
      }
      const added = await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 2 }, as(buyer))
      expect(added.data.cart.items).toHaveLength(1)
      expect(added.data.cart.email).toBe("lan@example.vn")

      // A guest cart: its id is the guest's key, as in Medusa.
      const { data: guest } = await api.post("/store/carts", { region_id: shop.regionId }, as())
      expect((await api.get(`/store/carts/${guest.cart.id}`, as())).status).toBe(200)
    })
  },
})
