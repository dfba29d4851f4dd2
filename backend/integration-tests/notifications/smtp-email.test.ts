import { medusaIntegrationTestRunner } from "../helpers/runner"
import { Modules } from "@medusajs/framework/utils"
import retryFailedEmails from "../../src/jobs/retry-failed-emails"
import { emailsTo, startInbox, type Inbox } from "../helpers/inbox"
import { failed, ORDER_TOTAL, prepareCart, setUpShop, type Shop } from "../payments/checkout"

// A real SMTP server on a free port; the backend's SMTP_URL points at it before Medusa loads its
// config (this hook is registered before the runner's own).
let inbox: Inbox
beforeAll(async () => {
  inbox = await startInbox()
  process.env.SMTP_URL = inbox.smtpUrl
  process.env.MAIL_FROM = "OCOP Quảng Ninh <orders@ocop.test>"
})

const CASE_TIMEOUT = 180_000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("e-mail over SMTP (src/modules/notification-smtp)", () => {
      let shop: Shop
      beforeAll(async () => {
        shop = await setUpShop(getContainer(), api, ["pp_cod_cod"], 30)
      })
      afterAll(async () => {
        await inbox.stop()
      })
      // The runner empties the database after each case, order numbers included: start each with an empty inbox.
      beforeEach(async () => {
        await inbox.clear()
      })

      async function order(locale: string | null, email: string) {
        const prepared = await prepareCart(api, shop, "pp_cod_cod", { email, quantity: 1 })
        if (locale) await api.post(`/store/carts/${prepared.cartId}`, { locale }, { headers: prepared.headers })
        const { data } = await api.post(`/store/carts/${prepared.cartId}/complete`, {}, { headers: prepared.headers })
        expect(data.type).toBe("order")
        return data.order as { id: string; display_id: number; items: { id: string; quantity: number }[] }
      }

      /** Every message about one order number, whoever it went to. */
      async function aboutOrder(displayId: number) {
        const number = new RegExp(`#${displayId}(?!\\d)`)
        return (await inbox.emails()).filter((e) => number.test(e.subject))
      }

      it("delivers each order confirmation to its buyer only, in their language, as HTML and text", async () => {
        const vi = await order(null, "hoa@example.vn")
        const en = await order("en-US", "visitor@example.com")

        const [viMail, ...viMore] = await emailsTo(inbox, "hoa@example.vn")
        expect(viMore).toHaveLength(0)
        expect(viMail!.subject).toBe(`OCOP Quảng Ninh: đã nhận đơn hàng #${vi.display_id}`)
        expect(viMail!.from[0]).toMatchObject({ address: "orders@ocop.test", name: "OCOP Quảng Ninh" })
        expect(viMail!.text).toContain("Trà hoa vàng (thử nghiệm) (100g) × 1: 1.220.000\u00a0₫")
        expect(viMail!.text).toContain(`Bạn nhận e-mail này vì đã đặt đơn hàng #${vi.display_id} tại OCOP Quảng Ninh.`)
        expect(viMail!.html).toContain("<li>Trà hoa vàng (thử nghiệm) (100g) × 1: 1.220.000\u00a0₫</li>")
        expect(viMail!.html).toContain('<html lang="vi">')
        expect(viMail!.headers["x-ocop-template"]).toBe("order-confirmation")

        const [enMail, ...enMore] = await emailsTo(inbox, "visitor@example.com")
        expect(enMore).toHaveLength(0)
        expect(enMail!.subject).toBe(`OCOP Quảng Ninh: we have your order #${en.display_id}`)
        // The product and the calculated standard parcel within Quảng Ninh (payments/checkout.ts).
        expect(enMail!.text).toContain(`Total: ₫${ORDER_TOTAL.toLocaleString("en-US")}`)
        expect(enMail!.text).toContain(`You receive this e-mail because you placed order #${en.display_id} at OCOP Quảng Ninh.`)
        expect(enMail!.html).toContain('<html lang="en">')

        // Each order's message reached its buyer and no one else.
        expect((await aboutOrder(vi.display_id)).map((e) => e.to[0]!.address)).toEqual(["hoa@example.vn"])
        expect((await aboutOrder(en.display_id)).map((e) => e.to[0]!.address)).toEqual(["visitor@example.com"])

        const [stored] = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ resource_id: vi.id, template: "order-confirmation" } as never)
        expect(stored).toMatchObject({ provider_id: "smtp", status: "success", to: "hoa@example.vn" })
      }, CASE_TIMEOUT)

      it("delivers the shipping e-mail with its tracking number to the buyer only", async () => {
        const placed = await order("en-US", "shipped@example.com")
        await emailsTo(inbox, "shipped@example.com")
        const items = placed.items.map((i) => ({ id: i.id, quantity: i.quantity }))
        const { data: fulfilled } = await api.post(
          `/admin/orders/${placed.id}/fulfillments?fields=id,*fulfillments`,
          { items, location_id: shop.stockLocationId },
          { headers: shop.admin.headers }
        )
        await api.post(
          `/admin/orders/${placed.id}/fulfillments/${fulfilled.order.fulfillments[0].id}/shipments`,
          { items, labels: [{ tracking_number: "VN555", tracking_url: "https://track.example/VN555", label_url: "https://track.example/label" }] },
          { headers: shop.admin.headers }
        )
        const mails = await emailsTo(inbox, "shipped@example.com", 2)
        expect(mails.map((m) => m.subject)).toEqual([
          `OCOP Quảng Ninh: we have your order #${placed.display_id}`,
          `OCOP Quảng Ninh: order #${placed.display_id} is on its way`,
        ])
        expect(mails[1]!.text).toContain("Tracking number: VN555")
        expect(mails[1]!.html).toContain('<a href="https://track.example/VN555"')
        expect(new Set((await aboutOrder(placed.display_id)).map((e) => e.to.map((t) => t.address).join(",")))).toEqual(new Set(["shipped@example.com"]))
      }, CASE_TIMEOUT)

      it("keeps orders working while SMTP is down, and sends the message once when it is back", async () => {
        const port = inbox.smtpPort
        await inbox.stop()
        const placed = await order(null, "later@example.vn")
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        // The subscriber tries three times (about 3 s), then leaves the message failed.
        const deadline = Date.now() + 30_000
        let attempts: Array<{ status: string }> = []
        while (Date.now() < deadline) {
          attempts = (await notifications.listNotifications({ resource_id: placed.id, template: "order-confirmation" } as never)) as never
          if (attempts.length >= 3 && attempts.every((a) => a.status === "failure")) break
          await new Promise((resolve) => setTimeout(resolve, 250))
        }
        expect(attempts.map((a) => a.status)).toEqual(["failure", "failure", "failure"])
        const { data: stillThere } = await api.get(`/admin/orders/${placed.id}`, { headers: shop.admin.headers })
        expect(stillThere.order.id).toBe(placed.id)

        // While the server is still down, the retry job fails again and sends nothing.
        await retryFailedEmails(getContainer())

        inbox = await startInbox({ smtpPort: port })
        await retryFailedEmails(getContainer())
        const [mail, ...more] = await emailsTo(inbox, "later@example.vn")
        expect(more).toHaveLength(0)
        expect(mail!.subject).toBe(`OCOP Quảng Ninh: đã nhận đơn hàng #${placed.display_id}`)

        // Later runs, and the event delivered again, send nothing more.
        await retryFailedEmails(getContainer())
        await getContainer().resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: placed.id } })
        await new Promise((resolve) => setTimeout(resolve, 2000))
        await retryFailedEmails(getContainer())
        expect(await emailsTo(inbox, "later@example.vn", 2, 1000)).toHaveLength(1)
        const all = (await notifications.listNotifications({ resource_id: placed.id, template: "order-confirmation" } as never)) as unknown as Array<{ status: string }>
        expect(all.filter((n) => n.status === "success")).toHaveLength(1)
      }, CASE_TIMEOUT)

      // Last: it changes the admin's password.
      it("e-mails an admin a single-use link to the dashboard's reset page; an unknown address gets the same answer and no e-mail", async () => {
        const known = await api.post("/auth/user/emailpass/reset-password", { identifier: "admin@ocop.local", metadata: { locale: "en" } })
        const unknown = await api.post("/auth/user/emailpass/reset-password", { identifier: "nobody@ocop.local" })
        expect([known.status, unknown.status]).toEqual([201, 201])
        expect(unknown.data).toEqual(known.data)

        const [mail, ...more] = await emailsTo(inbox, "admin@ocop.local")
        expect(more).toHaveLength(0)
        expect(mail!.subject).toBe("OCOP Quảng Ninh: reset your password")
        expect(mail!.text).toContain("admin account admin@ocop.local")
        expect(mail!.text).toContain("The link works once, for 15 minutes.")
        const link = /Choose a new password: (\S+)/.exec(mail!.text)?.[1] ?? ""
        expect(link.startsWith("http://localhost:9000/app/reset-password?token=")).toBe(true)
        const token = decodeURIComponent(new URL(link).searchParams.get("token")!)

        const headers = { authorization: `Bearer ${token}` }
        expect((await api.post("/auth/user/emailpass/update", { password: "admin-new-password" }, { headers })).status).toBe(200)
        const again = await api.post("/auth/user/emailpass/update", { password: "another-password" }, { headers }).catch(failed)
        expect(again.status).toBe(401)
        const login = await api.post("/auth/user/emailpass", { email: "admin@ocop.local", password: "admin-new-password" })
        expect(login.data.token).toBeTruthy()
        expect(await emailsTo(inbox, "nobody@ocop.local", 1, 2000)).toHaveLength(0)

        // Asking again and again sends at most three e-mails in 15 minutes (one was sent above).
        for (const count of [2, 3]) {
          await api.post("/auth/user/emailpass/reset-password", { identifier: "admin@ocop.local" })
          expect(await emailsTo(inbox, "admin@ocop.local", count)).toHaveLength(count)
        }
        const fourth = await api.post("/auth/user/emailpass/reset-password", { identifier: "admin@ocop.local" })
        expect(fourth.status).toBe(201)
        await new Promise((resolve) => setTimeout(resolve, 2000))
        expect(await emailsTo(inbox, "admin@ocop.local", 4, 1000)).toHaveLength(3)
      }, CASE_TIMEOUT)
    })
  },
})
