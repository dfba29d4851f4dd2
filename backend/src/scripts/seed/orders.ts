// How the development seed places, ships and delivers orders (./reviews.ts, ./history.ts): through
// the store's own checkout workflows, paid by cash on delivery, shipped by the producer from its
// own location (src/workflows/producer-portal), delivered by the carrier.

import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
} from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE, type ProducerModuleService } from "../../modules/producer"
import { recordPartnerVisitWorkflow } from "../../workflows/partners/record-partner-visit"
import { setCartPartnerWorkflow } from "../../workflows/partners/set-cart-partner"
import { COD_PROVIDER_ID } from "../../workflows/payments/utils/config"
import { fulfilProducerItemsWorkflow } from "../../workflows/producer-portal/fulfil-producer-items"
import { DEMO_BUYER_ADDRESS, type FoundationRefs } from "./foundation"

export type SeedBuyer = { customer_id?: string; email: string; address?: typeof DEMO_BUYER_ADDRESS }
export type PlacedOrder = { id: string; customer_id: string | null; visit_id: string | null }

/**
 * A cash-on-delivery order of `items` by the buyer, by standard delivery. `partnerCode`: the buyer
 * came through that partner's link (a recorded visit attributes the cart, as the storefront does).
 */
export async function placeCodOrder(
  container: MedusaContainer,
  refs: FoundationRefs,
  buyer: SeedBuyer,
  items: Array<{ variant_id: string; quantity: number }>,
  partnerCode?: string
): Promise<PlacedOrder> {
  const [standard] = await container.resolve(Modules.FULFILLMENT).listShippingOptions({ name: "Giao hàng tiêu chuẩn" })
  if (!standard) throw new Error("the standard shipping option is missing (seed the foundation first)")
  const address = buyer.address ?? DEMO_BUYER_ADDRESS
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: refs.regionId,
      sales_channel_id: refs.salesChannelId,
      ...(buyer.customer_id ? { customer_id: buyer.customer_id } : {}),
      email: buyer.email,
      items,
      shipping_address: address,
      billing_address: address,
    },
  })
  let visitId: string | null = null
  if (partnerCode) {
    const { result: visit } = await recordPartnerVisitWorkflow(container).run({ input: { code: partnerCode, path: "/vi" } })
    visitId = visit.visit_id
    if (visitId) await setCartPartnerWorkflow(container).run({ input: { cart_id: cart.id, visit_id: visitId } })
  }
  await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: standard.id }] } })
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  await createPaymentSessionsWorkflow(container).run({ input: { payment_collection_id: collection.id, provider_id: COD_PROVIDER_ID } })
  const { result: order } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
  const placed = await container.resolve(Modules.ORDER).retrieveOrder(order.id, { select: ["id", "customer_id"] })
  return { id: order.id, customer_id: placed.customer_id ?? null, visit_id: visitId }
}

/** The producer ships every line of its own in the order (by GHN); returns the fulfillment. */
export async function shipProducerItems(container: MedusaContainer, orderId: string, producerId: string): Promise<string> {
  const members = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducerMembers({ producer_id: producerId }, { take: 1 })
  const { result } = await fulfilProducerItemsWorkflow(container).run({
    input: { producer_id: producerId, member_id: members[0]?.id ?? null, order_id: orderId, carrier: "GHN", tracking_number: `GHNDEMO${orderId.slice(-6)}` },
  })
  return result.fulfillment_id
}

/** The carrier hands the parcel over. */
export async function markDelivered(container: MedusaContainer, orderId: string, fulfillmentId: string) {
  await markOrderFulfillmentAsDeliveredWorkflow(container).run({ input: { orderId, fulfillmentId } })
}
