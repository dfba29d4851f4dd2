// Three failed look-ups per window, so that the limit is reached quickly.
process.env.OCOP_AUTH_MAX_FAILURES = "3"

import { medusaIntegrationTestRunner } from "../helpers/runner"
import { failed, placeOrder, setUpShop, type Shop } from "../payments/checkout"

// Issue #17 item 4: the confirmation e-mail's order status page. A guest gives the order number and
// e-mail; the backend answers the order's own access token (issue #21's), only when both match.

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("POST /store/order-lookup", () => {
      let shop: Shop
      beforeAll(async () => {
        shop = await setUpShop(getContainer(), api, ["pp_cod_cod"], 10)
      })

      // (Every request comes from this machine: one address for the limit.)
      const lookup = (body: unknown) => api.post("/store/order-lookup", body, shop.store)

      it("answers the order's access token for its number and e-mail only; the token opens that order; failures are limited like logins", async () => {
        const { order } = await placeOrder(api, shop, "pp_cod_cod", { email: "Guest.Lan@Example.vn" })
        const other = await placeOrder(api, shop, "pp_cod_cod", { email: "someone@example.vn" })

        const { data } = await lookup({ display_id: order.display_id, email: " guest.lan@example.vn " })
        expect(data.order_id).toBe(order.id)
        const { data: opened } = await api.get(`/store/orders/${order.id}`, { headers: { ...shop.store.headers, "x-order-access-token": data.access_token } })
        expect(opened.order.id).toBe(order.id)
        // The token is this order's only.
        const stranger = failed(await api.get(`/store/orders/${other.order.id}`, { headers: { ...shop.store.headers, "x-order-access-token": data.access_token } }).catch((e: unknown) => e))
        expect(stranger.status).toBe(404)

        // Another order's e-mail, or an unknown number: the same 404, nothing more said.
        const wrong = failed(await lookup({ display_id: order.display_id, email: "someone@example.vn" }).catch((e: unknown) => e))
        const unknown = failed(await lookup({ display_id: 999999, email: "guest.lan@example.vn" }).catch((e: unknown) => e))
        expect(wrong.status).toBe(404)
        expect(unknown.status).toBe(404)
        expect(wrong.data.message).toBe(unknown.data.message)
        expect(wrong.data.message).toMatch(/number and e-mail/)

        const bad = failed(await lookup({ display_id: "abc", email: "x" }).catch((e: unknown) => e))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/display_id|email/)

        // Three failures from this address (the limit here): even the right pair now waits.
        const blocked = failed(await lookup({ display_id: order.display_id, email: "guest.lan@example.vn" }).catch((e: unknown) => e))
        expect(blocked.status).toBe(429)
        expect(blocked.data.message).toMatch(/Too many/)
      }, 180_000)
    })
  },
})
