import { medusaIntegrationTestRunner } from "../helpers/runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { adminOrder, placeOrder, reservedQuantity, setUpShop, type Shop } from "./checkout"

// Medusa's completeCartWorkflow creates the order, then authorizes the payment last; a process
// that dies in between leaves an order with only its cart link, and Medusa's retry hands that
// order back as it is. Here an order is put back into exactly that state (what the SIGKILL test
// in integration-tests/reliability catches by timing), then the shopper's retry must finish it.

/** Undo everything completeCartWorkflow does after creating the order and linking it to the cart. */
async function leaveAsACrashWould(container: MedusaContainer, cartId: string, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["items.id", "payment_collections.id"],
    filters: { id: orderId },
  })
  const order = data[0] as { items: { id: string }[]; payment_collections: { id: string }[] }
  const collectionId = order.payment_collections[0]!.id
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await pg.raw("delete from payment where payment_collection_id = ?", [collectionId])
  await pg.raw("update payment_session set status = 'pending', authorized_at = null where payment_collection_id = ?", [collectionId])
  await pg.raw("update payment_collection set status = 'not_paid', authorized_amount = null where id = ?", [collectionId])
  await container.resolve(Modules.INVENTORY).deleteReservationItemsByLineItem(order.items.map((i) => i.id))
  await container.resolve(Modules.CART).updateCarts(cartId, { completed_at: null })
  await container.resolve(ContainerRegistrationKeys.LINK).dismiss({
    [Modules.ORDER]: { order_id: orderId },
    [Modules.PAYMENT]: { payment_collection_id: collectionId },
  })
  await pg.raw("delete from notification where resource_id = ?", [orderId])
  return collectionId
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("a cart completion cut off between the order and its payment", () => {
      let shop: Shop
      beforeAll(async () => {
        shop = await setUpShop(getContainer(), api, ["pp_cod_cod"], 20)
      })

      async function confirmations(orderId: string, atLeast: number) {
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        const deadline = Date.now() + 30_000
        for (;;) {
          const found = await notifications.listNotifications({ resource_id: orderId, template: "order-confirmation" } as never)
          if (found.length >= atLeast || Date.now() > deadline) return found
          await new Promise((resolve) => setTimeout(resolve, 200))
        }
      }

      it("is finished by the shopper's retry: payment, reservation, cart and confirmation, once", async () => {
        const container = getContainer()
        const reservedBefore = await reservedQuantity(container, shop)
        const { cartId, headers, order } = await placeOrder(api, shop, "pp_cod_cod", { quantity: 2 })
        expect(await reservedQuantity(container, shop)).toBe(reservedBefore + 2)

        await leaveAsACrashWould(container, cartId, order.id)
        expect(await reservedQuantity(container, shop)).toBe(reservedBefore)
        expect((await adminOrder(api, shop, order.id)).payment_collections).toHaveLength(0)

        const retry = await api.post(`/store/carts/${cartId}/complete`, {}, { headers })
        expect(retry.status).toBe(200)
        expect(retry.data).toMatchObject({ type: "order", order: { id: order.id } })

        const finished = await adminOrder(api, shop, order.id)
        expect(finished.payment_status).toBe("authorized")
        const payments = finished.payment_collections.flatMap((pc) => pc.payments)
        expect(payments).toHaveLength(1)
        expect(payments[0]).toMatchObject({ provider_id: "pp_cod_cod", captured_at: null })
        expect(await reservedQuantity(container, shop)).toBe(reservedBefore + 2)
        const cart = await container.resolve(Modules.CART).retrieveCart(cartId)
        expect(cart.completed_at).not.toBeNull()
        // order.placed, lost with the process, is emitted again: the confirmation goes out.
        expect(await confirmations(order.id, 1)).toHaveLength(1)

        // Another retry finds nothing left to do and changes nothing.
        const again = await api.post(`/store/carts/${cartId}/complete`, {}, { headers })
        expect(again.data.order.id).toBe(order.id)
        const after = await adminOrder(api, shop, order.id)
        expect(after.payment_collections.flatMap((pc) => pc.payments)).toHaveLength(1)
        expect(await reservedQuantity(container, shop)).toBe(reservedBefore + 2)
        // (A second order.placed would have sent a second confirmation by now.)
        await new Promise((resolve) => setTimeout(resolve, 3000))
        expect(await confirmations(order.id, 1)).toHaveLength(1)
      })

      it("leaves alone an interrupted order the marketplace has canceled meanwhile", async () => {
        const container = getContainer()
        const reservedBefore = await reservedQuantity(container, shop)
        const { cartId, headers, order } = await placeOrder(api, shop, "pp_cod_cod")
        await leaveAsACrashWould(container, cartId, order.id)
        const canceled = await api.post(`/admin/orders/${order.id}/cancel`, {}, { headers: shop.admin.headers })
        expect(canceled.status).toBe(200)

        const retry = await api.post(`/store/carts/${cartId}/complete`, {}, { headers })
        expect(retry.data.order.id).toBe(order.id)
        const after = await adminOrder(api, shop, order.id)
        expect(after.status).toBe("canceled")
        expect(after.payment_collections.flatMap((pc) => pc.payments)).toHaveLength(0)
        expect(await reservedQuantity(container, shop)).toBe(reservedBefore)
      })
    })
  },
})
