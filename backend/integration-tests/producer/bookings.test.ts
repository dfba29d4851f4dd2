import { medusaIntegrationTestRunner } from "../helpers/runner"
import { isoDateInVietnam } from "@ocop/core"
import { application, approve, certify, fails, openShop, signUp, type Producer, type Shop } from "./portal"

// A producer serves the bookings of its experiences (OCOP group 6) in the portal: a booking is
// its date, its party by ticket type, the guest's contact and the payment state, with the
// actions confirm, visited, no-show and cancel-with-reason; never a parcel to ship, and in
// sales only once paid.

const VIETQR = "pp_vietqr_vietqr"
const ADULT = 150_000
const CHILD = 80_000

const inDays = (n: number) => new Date(new Date(`${isoDateInVietnam()}T00:00:00Z`).getTime() + n * 86_400_000).toISOString().slice(0, 10)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let A: Producer
    let B: Producer
    let tickets: { product_id: string; adult: string; child: string }

    beforeAll(async () => {
      shop = await openShop(getContainer(), api)
      A = await signUp(api, "ngoc@ocop.test", application(1))
      B = await signUp(api, "khac@ocop.test", application(2))
      await approve(api, shop.admin, A.producerId)
      await approve(api, shop.admin, B.producerId)
      const { data } = await api.post(
        "/producer/products",
        {
          title: "Tham quan trại ngọc trai (thử nghiệm)",
          group: "tourism",
          variants: [
            { title: "Người lớn", price: ADULT, stock: 0 },
            { title: "Trẻ em", price: CHILD, stock: 0 },
          ],
        },
        A.auth
      )
      // On sale only once its certificate (group 6, community tourism) is verified (issue #14).
      await certify(api, shop.admin, A, data.product.id, { group: "tourism", sub_group: "community-tourism" })
      const v = data.product.variants as Array<{ id: string; title: string }>
      tickets = { product_id: data.product.id, adult: v.find((x) => x.title === "Người lớn")!.id, child: v.find((x) => x.title === "Trẻ em")!.id }
    })

    /** A guest books 2 adults and 1 child for a date and pays by VietQR (not yet received). */
    async function book(date: string) {
      const h = shop.store
      const { data: created } = await api.post("/store/carts", { region_id: shop.regionId, email: "khach.ngoctrai@example.vn" }, h)
      const cartId = created.cart.id as string
      for (const [variant_id, quantity] of [[tickets.adult, 2], [tickets.child, 1]] as const) {
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id, quantity, metadata: { experience_date: date, party_size: quantity } }, h)
      }
      await api.post(`/store/carts/${cartId}`, { billing_address: { first_name: "Trần Thu Hà", last_name: "", phone: "+84912345678", country_code: "vn" } }, h)
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, h)
      await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: VIETQR }, h)
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, h)
      if (data.type !== "order") throw new Error(`cart not completed: ${JSON.stringify(data.error ?? data)}`)
      return data.order as { id: string }
    }
    const view = async (orderId: string) => (await api.get(`/producer/orders/${orderId}`, A.auth)).data.order
    const act = (orderId: string, lineId: string, body: unknown, who: Producer = A) => api.post(`/producer/orders/${orderId}/bookings/${lineId}`, body, who.auth)
    const remaining = async (date: string) =>
      (await api.get(`/store/experiences/${tickets.product_id}/availability?from=${date}&to=${date}`, shop.store)).data.dates[0].remaining as number

    it("shows a booking with its date, party by ticket, guest and payment state; nothing to ship, not in sales while unpaid", async () => {
      const date = inDays(0)
      const order = await book(date)
      const o = await view(order.id)
      expect(o.payment_status).toBe("unpaid")
      expect(o.has_goods).toBe(false)
      expect(o.items.every((i: any) => i.kind === "booking" && i.remaining_quantity === 0)).toBe(true)
      expect(o.sales_total).toBe(0)
      expect(o.bookings).toHaveLength(1)
      const [b] = o.bookings
      expect(b).toMatchObject({
        date,
        slot: null,
        state: "requested",
        guests: 3,
        total: 2 * ADULT + CHILD,
        guest: { name: "Trần Thu Hà", phone: "+84912345678", email: "khach.ngoctrai@example.vn" },
        actions: ["confirm", "visited", "no_show", "cancel"],
        refund_if_canceled: { rule: "nothing_charged", amount: 0 },
      })
      expect(b.party.map((p: any) => [p.ticket, p.quantity]).sort()).toEqual([["Người lớn", 2], ["Trẻ em", 1]])

      // No parcel: the carrier form's route refuses, naming why.
      const ship = await fails(api.post(`/producer/orders/${order.id}/fulfillments`, { carrier: "GHN", tracking_number: "GHN1" }, A.auth))
      expect(ship.status).toBe(400)
      expect(ship.data.message).toContain("only bookings")
      const named = await fails(
        api.post(`/producer/orders/${order.id}/fulfillments`, { items: [{ id: b.id, quantity: 1 }], carrier: "GHN", tracking_number: "GHN1" }, A.auth)
      )
      expect(named.status).toBe(400)
      expect(named.data.message).toContain("is a booking")

      // The statement leaves the unpaid booking out; once the transfer is received it counts.
      const month = isoDateInVietnam().slice(0, 7)
      expect((await api.get(`/producer/statements?month=${month}`, A.auth)).data).toMatchObject({ gross_sales: 0, order_count: 0 })
      await api.post(`/admin/orders/${order.id}/vietqr-received`, {}, shop.admin)
      const paid = await view(order.id)
      expect(paid.payment_status).toBe("paid")
      expect(paid.sales_total).toBe(2 * ADULT + CHILD)
      expect(paid.bookings[0].refund_if_canceled).toEqual({ rule: "full_refund", amount: 2 * ADULT + CHILD })
      expect((await api.get(`/producer/statements?month=${month}`, A.auth)).data).toMatchObject({ gross_sales: 2 * ADULT + CHILD, order_count: 1 })
    })

    it("confirms, then marks visited, the whole party at once; a closed booking refuses further steps", async () => {
      const date = inDays(0)
      const order = await book(date)
      const lineId = (await view(order.id)).bookings[0].id
      const confirmed = await act(order.id, lineId, { action: "confirm" })
      expect(confirmed.data.order.bookings[0]).toMatchObject({ state: "confirmed", actions: ["visited", "no_show", "cancel"] })
      expect(confirmed.data.order.items.map((i: any) => i.booking.state)).toEqual(["confirmed", "confirmed"])

      const again = await fails(act(order.id, lineId, { action: "confirm" }))
      expect(again.status).toBe(400)
      expect(again.data.message).toBe("action: the booking is already confirmed")

      const visited = await act(order.id, lineId, { action: "visited" })
      expect(visited.data.order.bookings[0]).toMatchObject({ state: "visited", actions: [] })
      const late = await fails(act(order.id, lineId, { action: "cancel", reason: "too late" }))
      expect(late.status).toBe(400)
      expect(late.data.message).toContain("a visited booking cannot be changed any more")
    })

    it("refuses visited before the day and a cancel without reason; a canceled booking frees its places", async () => {
      const date = inDays(9)
      const before = await remaining(date)
      const order = await book(date)
      expect(await remaining(date)).toBe(before - 3)
      const lineId = (await view(order.id)).bookings[0].id

      const early = await fails(act(order.id, lineId, { action: "visited" }))
      expect(early.status).toBe(400)
      expect(early.data.message).toBe(`action: the visit is on ${date}; mark it visited on or after that day`)
      const noReason = await fails(act(order.id, lineId, { action: "cancel" }))
      expect(noReason.status).toBe(400)
      expect(noReason.data.message).toContain("reason: say why")
      const badAction = await fails(act(order.id, lineId, { action: "ship" }))
      expect(badAction.status).toBe(400)

      const canceled = await act(order.id, lineId, { action: "cancel", reason: "Bão: tàu không ra vịnh" })
      expect(canceled.data.order.bookings[0]).toMatchObject({ state: "canceled", cancel_reason: "Bão: tàu không ra vịnh", actions: [] })
      expect(await remaining(date)).toBe(before)
    })

    it("another producer cannot see or serve the booking (404)", async () => {
      const order = await book(inDays(3))
      const lineId = (await view(order.id)).bookings[0].id
      expect((await fails(api.get(`/producer/orders/${order.id}`, B.auth))).status).toBe(404)
      expect((await fails(act(order.id, lineId, { action: "confirm" }, B))).status).toBe(404)
      expect((await view(order.id)).bookings[0].state).toBe("requested")
    })
  },
})
