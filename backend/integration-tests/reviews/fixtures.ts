// Shared by the reviews tests (not a test file): customers who buy through the store, and the
// delivery of their orders by the producer and the admin, as in production.
import { bearer, PASSWORD, placeOrder, type Api, type Headers, type Producer, type Shop } from "../producer/portal"

export async function newCustomer(api: Api, shop: Shop, email: string, name: { first_name: string; last_name: string }): Promise<Headers> {
  const registered = await api.post("/auth/customer/emailpass/register", { email, password: PASSWORD })
  await api.post("/store/customers", { email, ...name }, { headers: { ...shop.store.headers, ...bearer(registered.data.token).headers } })
  const login = await api.post("/auth/customer/emailpass", { email, password: PASSWORD })
  return bearer(login.data.token)
}

/** The producer ships all its items of the order and the admin marks the parcel delivered; returns the fulfilment id. */
export async function deliver(api: Api, shop: Shop, producer: Producer, orderId: string): Promise<string> {
  const { data } = await api.get(`/producer/orders/${orderId}`, producer.auth)
  const items = data.order.items.map((i: { id: string; quantity: number }) => ({ id: i.id, quantity: i.quantity }))
  const shipped = await api.post(`/producer/orders/${orderId}/fulfillments`, { items, carrier: "GHN", tracking_number: `GHN${orderId.slice(-8)}` }, producer.auth)
  await api.post(`/admin/orders/${orderId}/fulfillments/${shipped.data.fulfillment_id}/mark-as-delivered`, {}, shop.admin)
  return shipped.data.fulfillment_id as string
}

/** A customer's order of one unit of the variant, delivered. */
export async function boughtAndDelivered(api: Api, shop: Shop, producer: Producer, variantId: string, buyer: Headers) {
  const order = await placeOrder(api, shop, [{ variant_id: variantId, quantity: 1 }], buyer)
  const fulfillmentId = await deliver(api, shop, producer, order.id)
  return { order, fulfillmentId }
}
