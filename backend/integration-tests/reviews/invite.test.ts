import { medusaIntegrationTestRunner } from "../helpers/runner"
import { Modules } from "@medusajs/framework/utils"
import inviteReviewsJob, { config as jobConfig } from "../../src/jobs/invite-reviews"
import { inviteReviews } from "../../src/notifications/review-invites"
import { emailsTo, startInbox, type Inbox } from "../helpers/inbox"
import { application, approve, certify, newProduct, openShop, signUp, type Producer, type Shop } from "../producer/portal"
import { boughtAndDelivered, newCustomer } from "./fixtures"

// The e-mail inviting a review (issue #18): the daily job (src/jobs/invite-reviews.ts) invites the
// buyer of an order delivered at least 3 days ago, once, in the order's language, with a link to the
// order page, at the account's address; not before, not again, not when nothing is left to review.
// Read from a real SMTP server.

let inbox: Inbox
beforeAll(async () => {
  inbox = await startInbox()
  process.env.SMTP_URL = inbox.smtpUrl
  process.env.MAIL_FROM = "OCOP Quảng Ninh <orders@ocop.test>"
  process.env.STOREFRONT_URL = "https://cho.ocop.test"
})

const DAY_MS = 86_400_000
// Three checkouts and deliveries over HTTP: generous on a busy machine.
const CASE_TIMEOUT = 900_000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let maker: Producer
    let tea: Awaited<ReturnType<typeof newProduct>>

    beforeAll(async () => {
      shop = await openShop(getContainer(), api)
      maker = await signUp(api, "moi@ocop.test", application(83))
      await approve(api, shop.admin, maker.producerId)
      tea = await newProduct(api, maker, "Trà hoa vàng Ba Chẽ", [300_000], 50)
      await certify(api, shop.admin, maker, tea.id)
    })
    afterAll(async () => {
      await inbox.stop()
    })

    it("invites the buyer once, N days after delivery, in the order's language, and nobody with nothing left to review", async () => {
      expect(jobConfig).toMatchObject({ name: "invite-reviews", schedule: expect.any(String) })
      const lan = await newCustomer(api, shop, "lan.moi@example.vn", { first_name: "Lan", last_name: "Nguyễn" })
      const minh = await newCustomer(api, shop, "minh.moi@example.com", { first_name: "Minh", last_name: "Trần" })
      const ha = await newCustomer(api, shop, "ha.moi@example.vn", { first_name: "Hà", last_name: "Lê" })
      const { order: lanOrder } = await boughtAndDelivered(api, shop, maker, tea.variants[0]!.id, lan)
      const { order: minhOrder } = await boughtAndDelivered(api, shop, maker, tea.variants[0]!.id, minh)
      // Minh shopped in English (the storefront keeps the language on the order).
      await getContainer().resolve(Modules.ORDER).updateOrders(minhOrder.id, { metadata: { locale: "en-US" } })
      // Hà has reviewed everything already: nothing to invite for.
      await boughtAndDelivered(api, shop, maker, tea.variants[0]!.id, ha)
      const reviewed = await api.post(`/store/products/${tea.id}/reviews`, { rating: 5, content: "Ngon." }, { headers: { ...shop.store.headers, ...ha.headers } })
      expect(reviewed.status).toBe(201)

      // Two days after delivery: too early.
      expect(await inviteReviews(getContainer(), new Date(Date.now() + 2 * DAY_MS), 3)).toEqual([])

      // Three days after: Lan and Minh, once each.
      const later = new Date(Date.now() + 3 * DAY_MS + 60_000)
      expect((await inviteReviews(getContainer(), later, 3)).sort()).toEqual([lanOrder.id, minhOrder.id].sort())
      const [vi, ...viMore] = await emailsTo(inbox, "lan.moi@example.vn")
      expect(viMore).toHaveLength(0)
      expect(vi!.subject).toBe(`OCOP Quảng Ninh: bạn thấy đơn hàng #${lanOrder.display_id} thế nào?`)
      expect(vi!.text).toContain("- Trà hoa vàng Ba Chẽ")
      expect(vi!.text).toContain(`Đánh giá sản phẩm đã nhận: https://cho.ocop.test/vi/account/orders/${lanOrder.id}`)
      expect(vi!.html).toContain(`href="https://cho.ocop.test/vi/account/orders/${lanOrder.id}"`)
      expect(vi!.headers["x-ocop-template"]).toBe("review-invite")
      const [en, ...enMore] = await emailsTo(inbox, "minh.moi@example.com")
      expect(enMore).toHaveLength(0)
      expect(en!.subject).toBe(`OCOP Quảng Ninh: how was your order #${minhOrder.display_id}?`)
      expect(en!.text).toContain(`Review what you received: https://cho.ocop.test/en/account/orders/${minhOrder.id}`)

      // A second run (the next day's, or a second instance of the job) sends nothing more.
      expect(await inviteReviews(getContainer(), new Date(later.getTime() + DAY_MS), 3)).toEqual([])
      // The scheduled job itself (default 3 days, real clock): nothing is due today.
      await inviteReviewsJob(getContainer())
      await new Promise((resolve) => setTimeout(resolve, 1500))
      expect(await emailsTo(inbox, "lan.moi@example.vn", 2, 1000)).toHaveLength(1)
      expect(await emailsTo(inbox, "minh.moi@example.com", 2, 1000)).toHaveLength(1)
      expect(await emailsTo(inbox, "ha.moi@example.vn", 1, 1000)).toHaveLength(0)
      const stored = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "review-invite" } as never)
      expect(stored.map((n) => n.resource_id).sort()).toEqual([lanOrder.id, minhOrder.id].sort())
    }, CASE_TIMEOUT)
  },
})

