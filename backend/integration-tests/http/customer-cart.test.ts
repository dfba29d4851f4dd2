import { medusaIntegrationTestRunner } from "../helpers/runner"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { setUpShop, type Shop } from "../payments/checkout"
import { fails } from "../producer/portal"

// The customer's cart follows them: POST /store/customers/me/cart at login hands back the cart
// kept from an earlier visit or another device, with this browser's guest cart merged in —
// nothing lost, nothing doubled — and never takes over another customer's cart.

const PASSWORD = "mat-khau-thu-nghiem"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let honey: string

    beforeAll(async () => {
      shop = await setUpShop(getContainer(), api, ["pp_cod_cod"], 50)
      const { result } = await createProductsWorkflow(getContainer()).run({
        input: {
          products: [
            {
              title: "Mật ong Bình Liêu (thử nghiệm)",
              status: "published",
              shipping_profile_id: shop.shippingProfileId,
              options: [{ title: "Loại", values: ["500 ml"] }],
              variants: [{ title: "500 ml", manage_inventory: false, options: { Loại: "500 ml" }, prices: [{ amount: 250_000, currency_code: "vnd" }] }],
              sales_channels: [{ id: shop.salesChannelId }],
            },
          ],
        },
      })
      honey = result[0]!.variants[0]!.id
    })

    async function customer(email: string) {
      const registered = await api.post("/auth/customer/emailpass/register", { email, password: PASSWORD })
      await api.post("/store/customers", { email, first_name: "Lan" }, { headers: { ...shop.store.headers, authorization: `Bearer ${registered.data.token}` } })
      return login(email)
    }
    async function login(email: string) {
      const { data } = await api.post("/auth/customer/emailpass", { email, password: PASSWORD })
      return { headers: { ...shop.store.headers, authorization: `Bearer ${data.token}` } }
    }
    async function cartWith(lines: Array<[string, number]>, auth = shop.store) {
      const { data } = await api.post("/store/carts", { region_id: shop.regionId }, auth)
      for (const [variant_id, quantity] of lines) await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id, quantity }, auth)
      return data.cart.id as string
    }
    const lines = async (cartId: string, auth = shop.store) => {
      const { data } = await api.get(`/store/carts/${cartId}`, auth)
      return (data.cart.items as Array<{ variant_id: string; quantity: number }>).map((i) => [i.variant_id, i.quantity]).sort()
    }
    const atLogin = async (auth: { headers: Record<string, string> }, guest_cart_id?: string) =>
      (await api.post("/store/customers/me/cart", guest_cart_id ? { guest_cart_id } : {}, auth)).data.cart_id as string | null

    it("a guest cart becomes the customer's; after logging out and in (or on another device) the same cart comes back", async () => {
      const first = await customer("lan.cart@example.vn")
      expect(await atLogin(first)).toBeNull()
      const guest = await cartWith([[shop.variantId, 2], [honey, 1]])
      expect(await atLogin(first, guest)).toBe(guest)
      // Logged out, the browser forgot the cart; logging in (here, or on a phone) finds it again.
      const again = await login("lan.cart@example.vn")
      const kept = await atLogin(again)
      expect(kept).toBe(guest)
      expect(await lines(kept!, again)).toEqual([[shop.variantId, 2], [honey, 1]].sort())
    })

    it("merges a new guest cart into the kept one without losing or doubling lines, and retires the guest cart", async () => {
      const auth = await customer("minh.cart@example.vn")
      const kept = await cartWith([[shop.variantId, 1]], auth)
      const guest = await cartWith([[shop.variantId, 3], [honey, 2]])
      expect(await atLogin(auth, guest)).toBe(kept)
      // The tea: the larger of 1 and 3, not 4; the honey joins.
      expect(await lines(kept, auth)).toEqual([[shop.variantId, 3], [honey, 2]].sort())
      const gone = await fails(api.get(`/store/carts/${guest}`, shop.store))
      expect(gone.status).toBe(404)
      // Logging in again with nothing new changes nothing.
      expect(await atLogin(auth)).toBe(kept)
      expect(await lines(kept, auth)).toEqual([[shop.variantId, 3], [honey, 2]].sort())
    })

    it("never takes over another customer's cart, and refuses anonymous calls", async () => {
      const owner = await customer("chu.cart@example.vn")
      const theirs = await cartWith([[honey, 5]], owner)
      const other = await customer("khac.cart@example.vn")
      expect(await atLogin(other, theirs)).toBeNull()
      expect(await lines(theirs, owner)).toEqual([[honey, 5]])
      const anonymous = await fails(api.post("/store/customers/me/cart", {}, shop.store))
      expect(anonymous.status).toBe(401)
      const bad = await fails(api.post("/store/customers/me/cart", { guest_cart_id: 42 }, owner))
      expect(bad.status).toBe(400)
    })
  },
})
