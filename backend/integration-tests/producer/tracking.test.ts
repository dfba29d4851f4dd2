import { medusaIntegrationTestRunner } from "../helpers/runner"
import { application, approve, certify, newProduct, openShop, placeOrder, signUp, type Shop } from "./portal"

// What the buyer's order page reads: the store API gives an order's parcels with the carrier the
// producer named (fulfilment metadata) and the tracking number (its labels).

const FIELDS = "id,*fulfillments,fulfillments.labels.tracking_number,fulfillments.labels.tracking_url"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    beforeAll(async () => {
      shop = await openShop(getContainer(), api)
    })

    it("a shipped order shows its carrier and tracking number through GET /store/orders/:id", async () => {
      const producer = await signUp(api, "giao@ocop.test", application(41))
      await approve(api, shop.admin, producer.producerId)
      const product = await newProduct(api, producer, "Chả mực Hạ Long", [180_000], 5)
      await certify(api, shop.admin, producer, product.id)
      const order = await placeOrder(api, shop, [{ variant_id: product.variants[0]!.id, quantity: 1 }])
      // The guest who placed it reads it with the order's access token (src/api/lib/security/private-store.ts).
      const buyer = { headers: { ...shop.store.headers, "x-order-access-token": order.access_token } }

      const before = await api.get(`/store/orders/${order.id}?fields=${FIELDS}`, buyer)
      expect(before.data.order.fulfillments ?? []).toEqual([])

      await api.post(
        `/producer/orders/${order.id}/fulfillments`,
        { carrier: "Viettel Post", tracking_number: "VTP123456789", tracking_url: "https://viettelpost.vn/tra-cuu?ma=VTP123456789" },
        producer.auth
      )
      const { data } = await api.get(`/store/orders/${order.id}?fields=${FIELDS}`, buyer)
      expect(data.order.fulfillments).toHaveLength(1)
      const [parcel] = data.order.fulfillments
      expect(parcel.metadata.carrier).toBe("Viettel Post")
      expect(parcel.shipped_at).toBeTruthy()
      expect(parcel.labels).toEqual([
        expect.objectContaining({ tracking_number: "VTP123456789", tracking_url: "https://viettelpost.vn/tra-cuu?ma=VTP123456789" }),
      ])
    })
  },
})
