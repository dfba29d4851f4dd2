// Money held for a return window of 0 days, so that a delivered, paid order is payable at once (payout case).
process.env.OCOP_RETURN_WINDOW_DAYS = "0"

import { medusaIntegrationTestRunner } from "../helpers/runner"
import { Modules } from "@medusajs/framework/utils"
import { notifyExpiringCertificates } from "../../src/notifications/certificate-expiry-notices"
import { expireCertificatesWorkflow } from "../../src/workflows/ocop/expire-certificates"
import { emailsTo, startInbox, type Inbox, type ReceivedEmail } from "../helpers/inbox"
import { partnerApplication, signUpPartner } from "../partner/partners"
import { application, approve, certificateBody, certify, fails, newProduct, openShop, placeOrder, readyCart, signUp, type Producer, type Shop } from "../producer/portal"
import { waitFor } from "../search/fixtures"

// Issue #17 item 3: producers, partners and the admin hear of what concerns them, by e-mail (a real
// SMTP server) in their language and in the portals' notices; no one else does; twice is once.

let inbox: Inbox
beforeAll(async () => {
  inbox = await startInbox()
  process.env.SMTP_URL = inbox.smtpUrl
  process.env.MAIL_FROM = "OCOP Quảng Ninh <orders@ocop.test>"
})

const CASE_TIMEOUT = 240_000
const ADMIN = "admin@ocop.local"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let n = 0
    beforeAll(async () => {
      shop = await openShop(getContainer(), api)
    })
    afterAll(async () => {
      await inbox.stop()
    })

    /** A producer signed up, approved, with one certified product on sale; `locale` set in its notice settings. */
    async function producerWithProduct(title: string, locale: "vi" | "en") {
      n++
      const email = `producer-${n}-${Date.now()}@ocop.test`
      const producer = await signUp(api, email, application(n))
      await approve(api, shop.admin, producer.producerId)
      await api.post("/producer/notices/preferences", { locale }, producer.auth)
      const product = await newProduct(api, producer, title, [200_000], 20)
      await certify(api, shop.admin, producer, product.id)
      return { ...producer, email, product }
    }

    /** Messages whose subject matches, to anyone. */
    async function withSubject(pattern: RegExp): Promise<ReceivedEmail[]> {
      return (await inbox.emails()).filter((e) => pattern.test(e.subject))
    }
    const recipients = (mails: ReceivedEmail[]) => mails.map((m) => m.to[0]!.address).sort()
    const settle = () => new Promise((resolve) => setTimeout(resolve, 2000))
    /**
     * The messages to `address` whose subject matches, once at least `atLeast` arrived (or 30 s).
     * (The inbox is never emptied mid-suite: maildev can fail when emptied while a message arrives;
     * each case has its own addresses and order numbers instead.)
     */
    async function mailsTo(address: string, pattern: RegExp, atLeast = 1): Promise<ReceivedEmail[]> {
      const pick = async () => (await emailsTo(inbox, address, 0, 0)).filter((m) => pattern.test(m.subject))
      await waitFor(async () => (await pick()).length >= atLeast, 30_000, 250).catch(() => 0)
      return pick()
    }

    it("tells each producer of a new order and of its cancellation, its own lines only, in its language, once; the portal lists them", async () => {
      const a = await producerWithProduct("Chả mực Hạ Long", "en")
      const b = await producerWithProduct("Trà hoa vàng Ba Chẽ", "vi")
      const order = await placeOrder(api, shop, [
        { variant_id: a.product.variants[0]!.id, quantity: 2 },
        { variant_id: b.product.variants[0]!.id, quantity: 1 },
      ])
      const [toA, ...moreA] = await mailsTo(a.email, new RegExp(`#${order.display_id}\\b`))
      expect(moreA).toHaveLength(0)
      expect(toA!.subject).toBe(`OCOP Quảng Ninh: New order #${order.display_id} to ship`)
      expect(toA!.text).toContain("- Chả mực Hạ Long × 2")
      expect(toA!.text).not.toContain("Trà hoa vàng")
      expect(toA!.html).toContain('<html lang="en">')
      const [toB] = await mailsTo(b.email, new RegExp(`#${order.display_id}\\b`))
      expect(toB).toBeDefined()
      expect(toB!.subject).toBe(`OCOP Quảng Ninh: Đơn hàng mới #${order.display_id} cần giao`)
      expect(toB!.text).toContain("- Trà hoa vàng Ba Chẽ × 1")
      expect(toB!.text).not.toContain("Chả mực")
      // The buyer gets the confirmation only; the admin nothing about the order.
      expect(recipients(await withSubject(/to ship|cần giao/))).toEqual([a.email, b.email].sort())

      // The same event again sends nothing more.
      await getContainer().resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: order.id } })
      await settle()
      expect(await withSubject(/to ship|cần giao/)).toHaveLength(2)

      // The portal: A's own notices with an unread count; B never sees A's; marking read.
      const listA = (await api.get("/producer/notices", a.auth)).data
      expect(listA.notices.map((x: { title: string }) => x.title)).toContain(`New order #${order.display_id} to ship`)
      expect(listA.unread).toBeGreaterThanOrEqual(1)
      const idOfA = listA.notices[0].id as string
      const listB = (await api.get("/producer/notices", b.auth)).data
      expect(listB.notices.map((x: { id: string }) => x.id)).not.toContain(idOfA)
      expect((await api.post("/producer/notices/read", { ids: [idOfA] }, b.auth)).data).toEqual({ marked: 0 })
      expect((await api.post("/producer/notices/read", { all: true }, a.auth)).data.marked).toBe(listA.unread)
      expect((await api.get("/producer/notices", a.auth)).data.unread).toBe(0)
      expect((await fails(api.post("/producer/notices/read", {}, a.auth))).status).toBe(400)
      expect((await fails(api.get("/producer/notices"))).status).toBe(401)

      // Canceled: both hear (mandatory).
      await api.post(`/admin/orders/${order.id}/cancel`, {}, shop.admin)
      await mailsTo(a.email, /was canceled/)
      await mailsTo(b.email, /đã bị hủy/)
      expect(recipients(await withSubject(new RegExp(`Order #${order.display_id} was canceled`)))).toEqual([a.email])
      expect(recipients(await withSubject(new RegExp(`Đơn hàng #${order.display_id} đã bị hủy`)))).toEqual([b.email])

      // A turns the optional "order to ship" e-mail off: the next order is in A's notices, not in A's inbox.
      const refused = await fails(api.post("/producer/notices/preferences", { off: ["payout-paid"] }, a.auth))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/cannot be turned off: payout-paid/)
      const prefs = (await api.post("/producer/notices/preferences", { off: ["order-to-ship"] }, a.auth)).data
      expect(prefs).toMatchObject({ locale: "en", off: ["order-to-ship"] })
      expect(prefs.optional).toContain("order-to-ship")
      const second = await placeOrder(api, shop, [{ variant_id: a.product.variants[0]!.id, quantity: 1 }])
      const listed = async () => (await api.get("/producer/notices", a.auth)).data.notices.map((x: { title: string }) => x.title) as string[]
      await waitFor(async () => (await listed()).includes(`New order #${second.display_id} to ship`), 30_000, 250)
      await settle()
      expect(await withSubject(new RegExp(`#${second.display_id} to ship`))).toHaveLength(0)
    }, CASE_TIMEOUT)

    it("tells the admin of applications and certificate requests, and the producer of its certificate verified, refused, expiring and expired", async () => {
      const a = await producerWithProduct("Rượu ba kích", "vi")
      const name = `Thử nghiệm ${n}`
      const applied = await mailsTo(ADMIN, new RegExp(`Đơn đăng ký nhà sản xuất: ${name}$`))
      expect(applied).toHaveLength(1)
      expect(recipients(await withSubject(new RegExp(`Đơn đăng ký nhà sản xuất: ${name}$`)))).toEqual([ADMIN])
      expect(recipients(await mailsTo(ADMIN, /Yêu cầu xác minh chứng nhận: Rượu ba kích/))).toEqual([ADMIN])
      const [verified] = await mailsTo(a.email, /Rượu ba kích đã được xác minh/)
      expect(verified!.subject).toBe("OCOP Quảng Ninh: Chứng nhận OCOP của Rượu ba kích đã được xác minh")
      expect(verified!.text).toContain("Quyết định 1234/QĐ-UBND")

      // A second product's request refused with a reason.
      const other = await newProduct(api, a, "Mật ong rừng", [150_000], 5)
      const { data: asked } = await api.post(`/producer/products/${other.id}/certificate-requests`, certificateBody({ decision_number: "99/QĐ-UBND" }), a.auth)
      await api.post(`/admin/certificates/${asked.certificate.id}/verify`, { approved: false, reason: "Thiếu bản scan quyết định" }, shop.admin)
      const [refused] = await mailsTo(a.email, /từ chối/)
      expect(refused!.subject).toBe("OCOP Quảng Ninh: Chứng nhận OCOP của Mật ong rừng bị từ chối")
      expect(refused!.text).toContain("Lý do: Thiếu bản scan quyết định")

      // A certificate decided 34 months ago runs out in about 60 days: the 90-day notice, once;
      // 40 days later, the 30-day one; after its end, expired.
      const decided = new Date()
      decided.setUTCMonth(decided.getUTCMonth() - 34)
      const old = await newProduct(api, a, "Nước mắm Cái Rồng", [90_000], 5)
      await certify(api, shop.admin, a, old.id, { decision_number: "77/QĐ-UBND", decision_date: decided.toISOString().slice(0, 10) })
      await notifyExpiringCertificates(getContainer())
      await notifyExpiringCertificates(getContainer())
      const about = async (pattern: RegExp, atLeast = 1) => {
        await waitFor(async () => (await withSubject(pattern)).length >= atLeast, 30_000, 250).catch(() => 0)
        return withSubject(pattern)
      }
      const soon = await about(/Nước mắm Cái Rồng hết hạn sau 90 ngày/)
      expect(recipients(soon)).toEqual([a.email])
      const later = new Date(Date.now() + 40 * 86_400_000)
      await notifyExpiringCertificates(getContainer(), later)
      await notifyExpiringCertificates(getContainer(), later)
      expect(recipients(await about(/Nước mắm Cái Rồng hết hạn sau 30 ngày/))).toEqual([a.email])
      await expireCertificatesWorkflow(getContainer()).run({ input: { now: new Date(Date.now() + 70 * 86_400_000).toISOString() } })
      expect(recipients(await about(/Nước mắm Cái Rồng đã hết hạn/))).toEqual([a.email])
      await settle()
      // Each once, to the producer only.
      expect(recipients(await withSubject(/Nước mắm Cái Rồng (hết hạn|đã hết hạn)/))).toEqual([a.email, a.email, a.email])
    }, CASE_TIMEOUT)

    it("tells the producer of a return request and the admin of a dispute; a partner of an order through its link; payees of a payout", async () => {
      const a = await producerWithProduct("Khăn thổ cẩm", "en")
      const b = await producerWithProduct("Chè Đường Hoa", "vi")
      const partnerEmail = `partner-notices-${Date.now()}@example.vn`
      const partner = await signUpPartner(api, partnerEmail, partnerApplication(900))
      const { data: approved } = await api.post(`/admin/partners/${partner.partnerId}/status`, { status: "active" }, shop.admin)
      const code = approved.partner.referral_code as string
      // An order through the partner's link.
      const { data: visit } = await api.post("/store/partner-visits", { code, path: "/vi" }, shop.store)
      const cartId = await readyCart(api, shop, [{ variant_id: a.product.variants[0]!.id, quantity: 1 }])
      await api.post(`/store/carts/${cartId}/partner`, { visit_token: visit.visit_token }, shop.store)
      const { data: done } = await api.post(`/store/carts/${cartId}/complete`, {}, shop.store)
      const order = done.order as { id: string; display_id: number }
      const [toPartner] = await mailsTo(partnerEmail, /qua liên kết/)
      expect(toPartner!.subject).toBe(`OCOP Quảng Ninh: Đơn hàng #${order.display_id} qua liên kết của bạn`)
      expect(toPartner!.text).toContain("Hoa hồng dự kiến: 10.000\u00a0₫")
      expect((await api.get("/partner/notices", partner.auth)).data.unread).toBe(1)

      // Return requested (the returns code emits it): A only; disputed: the admin only.
      const bus = getContainer().resolve(Modules.EVENT_BUS)
      const ret = { id: "ret_notice_1", order_id: order.id, producer_id: a.producerId }
      await bus.emit({ name: "ocop.return.requested", data: ret })
      await bus.emit({ name: "ocop.return.requested", data: ret })
      await bus.emit({ name: "ocop.return.disputed", data: ret })
      await mailsTo(a.email, /Return requested/)
      await mailsTo(ADMIN, new RegExp(`Tranh chấp trả hàng đơn #${order.display_id}\\b`))
      await settle()
      expect(recipients(await withSubject(new RegExp(`Return requested for order #${order.display_id}`)))).toEqual([a.email])
      expect(recipients(await withSubject(new RegExp(`Tranh chấp trả hàng đơn #${order.display_id}`)))).toEqual([ADMIN])
      expect(await withSubject(new RegExp(`(Return requested for|Tranh chấp trả hàng) .*#${order.display_id}\\b`))).toHaveLength(2)
      expect((await mailsTo(b.email, /Return|trả hàng/, 0))).toHaveLength(0)

      // Delivered and paid → payable; the batch paid → A and the partner hear (mandatory), B does not.
      const { data: seen } = await api.get(`/producer/orders/${order.id}`, a.auth)
      const items = seen.order.items.map((i: { id: string; quantity: number }) => ({ id: i.id, quantity: i.quantity }))
      const shipped = await api.post(`/producer/orders/${order.id}/fulfillments`, { items, carrier: "VNPost", tracking_number: "VN777" }, a.auth)
      await api.post(`/admin/orders/${order.id}/fulfillments/${shipped.data.fulfillment_id}/mark-as-delivered`, {}, shop.admin)
      await api.post(`/admin/orders/${order.id}/cod-collected`, {}, shop.admin)
      const [commission] = await mailsTo(partnerEmail, /Hoa hồng/)
      expect(commission!.subject).toBe(`OCOP Quảng Ninh: Hoa hồng 10.000\u00a0₫ từ đơn #${order.display_id}`)
      await api.post("/producer/bank-account", { bank_bin: "970436", account_number: "0011001234567", account_name: "HTX Thu nghiem" }, a.auth)
      await api.post("/partner/bank-account", { bank_bin: "970436", account_number: "0011009999999", account_name: "Khach san Thu nghiem" }, partner.auth)
      await waitFor(async () => (await api.get("/producer/balance", a.auth)).data.payable > 0, 20_000, 250)
      const period = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7)
      const { data: made } = await api.post("/admin/payouts", { period }, shop.admin)
      await api.post(`/admin/payouts/${made.payout_batch.id}/pay`, { bank_reference: "VCB-FT0001" }, shop.admin)
      const [paidA] = await mailsTo(a.email, /paid for/)
      expect(paidA!.subject).toMatch(new RegExp(`paid for ${period}$`))
      expect(paidA!.text).toContain("Bank reference: VCB-FT0001")
      const [paidPartner] = await mailsTo(partnerEmail, /Đã chuyển/)
      expect(paidPartner!.subject).toBe(`OCOP Quảng Ninh: Đã chuyển 10.000\u00a0₫ kỳ ${period}`)
      await settle()
      expect(recipients(await withSubject(new RegExp(`(paid for|Đã chuyển .* kỳ) ${period}$`)))).toEqual([a.email, partnerEmail].sort())
    }, CASE_TIMEOUT)
  },
})
