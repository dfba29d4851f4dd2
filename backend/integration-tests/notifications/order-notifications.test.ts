import { medusaIntegrationTestRunner } from "../helpers/runner"
import { Modules } from "@medusajs/framework/utils"
import { setProductEnglishWorkflow } from "../../src/workflows/translations/set-product-english"
import { PRODUCT_PRICE, prepareCart, setUpShop, standardShipping, type Shop } from "../payments/checkout"

type StoredNotification = {
  id: string
  to: string
  channel: string
  template: string | null
  status: string
  provider_id: string | null
  trigger_type: string | null
  resource_id: string | null
  data: { subject: string; text: string; locale: string; tracking_numbers?: string[] } | null
}

// A checkout is a dozen requests and the subscriber runs after it: give each case time on a busy machine.
const CASE_TIMEOUT = 180_000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("order e-mails through the Notification Module (local provider, channel email)", () => {
      let shop: Shop
      beforeAll(async () => {
        shop = await setUpShop(getContainer(), api, ["pp_cod_cod"], 20)
      })

      /** The order's notifications of one template, waiting for the subscriber (events are asynchronous). */
      async function notificationsOf(orderId: string, template: string, atLeast = 1): Promise<StoredNotification[]> {
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        const deadline = Date.now() + 30_000
        for (;;) {
          const found = (await notifications.listNotifications({ resource_id: orderId, template } as never)) as unknown as StoredNotification[]
          // The module stores a notification as pending, then marks it sent.
          const settled = found.every((n) => n.status !== "pending")
          if ((found.length >= atLeast && settled) || Date.now() > deadline) return found
          await new Promise((resolve) => setTimeout(resolve, 200))
        }
      }

      /** A COD checkout over the store API, with the cart in the given language (as the storefront sets it). */
      async function order(locale: string | null, email: string, addedIn?: string) {
        const prepared = await prepareCart(api, shop, "pp_cod_cod", { email, quantity: 2, locale: addedIn })
        if (locale) await api.post(`/store/carts/${prepared.cartId}`, { locale }, { headers: prepared.headers })
        const { data } = await api.post(`/store/carts/${prepared.cartId}/complete`, {}, { headers: prepared.headers })
        expect(data.type).toBe("order")
        return data.order as { id: string; display_id: number; items: { id: string; quantity: number }[] }
      }

      it("sends the order confirmation in Vietnamese by default, once, and stores it", async () => {
        const placed = await order(null, "lan@example.vn")
        const [sent, ...more] = await notificationsOf(placed.id, "order-confirmation")
        expect(more).toHaveLength(0)
        expect(sent).toMatchObject({
          to: "lan@example.vn",
          channel: "email",
          status: "success",
          provider_id: "local",
          trigger_type: "order.placed",
          resource_id: placed.id,
        })
        expect(sent!.data!.locale).toBe("vi")
        expect(sent!.data!.subject).toBe(`OCOP Quảng Ninh: đã nhận đơn hàng #${placed.display_id}`)
        expect(sent!.data!.text).toContain("- Trà hoa vàng (thử nghiệm) (100g) × 2: 2.440.000\u00a0₫")
        // Two boxes and their calculated parcel within Quảng Ninh (payments/checkout.ts).
        expect(sent!.data!.text).toContain(`Tổng cộng: ${(2 * PRODUCT_PRICE + standardShipping(2)).toLocaleString("vi-VN")}\u00a0₫`)
        expect(sent!.data!.text).toContain("Thanh toán khi nhận hàng")

        // The same event delivered again sends nothing more.
        await getContainer().resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: placed.id } })
        await new Promise((resolve) => setTimeout(resolve, 1500))
        expect(await notificationsOf(placed.id, "order-confirmation")).toHaveLength(1)
      }, CASE_TIMEOUT)

      it("writes in English when the cart was in English", async () => {
        const placed = await order("en-US", "tourist@example.com")
        const [sent] = await notificationsOf(placed.id, "order-confirmation")
        expect(sent).toMatchObject({ to: "tourist@example.com", status: "success" })
        expect(sent!.data!.locale).toBe("en")
        expect(sent!.data!.subject).toBe(`OCOP Quảng Ninh: we have your order #${placed.display_id}`)
        expect(sent!.data!.text).toContain(`Total: ₫${(2 * PRODUCT_PRICE + standardShipping(2)).toLocaleString("en-US")}`)
        expect(sent!.data!.text).toContain("Cash on delivery")
      }, CASE_TIMEOUT)

      it("sends the shipping message with the tracking number when the order ships", async () => {
        const placed = await order("en-US", "ship@example.com")
        const items = placed.items.map((i) => ({ id: i.id, quantity: i.quantity }))
        const { data: fulfilled } = await api.post(
          `/admin/orders/${placed.id}/fulfillments?fields=id,*fulfillments`,
          { items, location_id: shop.stockLocationId },
          { headers: shop.admin.headers }
        )
        const fulfillmentId = fulfilled.order.fulfillments[0].id as string
        expect(await notificationsOf(placed.id, "order-shipped", 0)).toHaveLength(0)

        await api.post(
          `/admin/orders/${placed.id}/fulfillments/${fulfillmentId}/shipments`,
          { items, labels: [{ tracking_number: "VN123456789", tracking_url: "https://track.example/VN123456789", label_url: "https://track.example/label" }] },
          { headers: shop.admin.headers }
        )
        const [sent, ...more] = await notificationsOf(placed.id, "order-shipped")
        expect(more).toHaveLength(0)
        expect(sent).toMatchObject({ to: "ship@example.com", channel: "email", status: "success", trigger_type: "shipment.created" })
        expect(sent!.data!.subject).toBe(`OCOP Quảng Ninh: order #${placed.display_id} is on its way`)
        expect(sent!.data!.text).toContain("Tracking number: VN123456789")
        expect(sent!.data!.text).toContain("Track it at: https://track.example/VN123456789")
        expect(sent!.data!.text).toContain("- Trà hoa vàng (thử nghiệm) (100g) × 2")
        expect(sent!.data!.tracking_numbers).toEqual(["VN123456789"])
      }, CASE_TIMEOUT)

      // Issue #23: a line is named in the recipient's language when the e-mail is written, not in the
      // language the line was added to the cart in.
      it("names the lines in the recipient's language, whatever language they were added in", async () => {
        await setProductEnglishWorkflow(getContainer()).run({ input: { products: [{ product_id: shop.productId, english: { title_en: "Golden camellia tea (test)" } }] } })

        const english = await order("en-US", "added-in-vietnamese@example.com", "vi-VN")
        const [en] = await notificationsOf(english.id, "order-confirmation")
        expect(en!.data!.locale).toBe("en")
        expect(en!.data!.text).toContain("- Golden camellia tea (test) (100g) × 2")
        expect(en!.data!.text).not.toContain("Trà hoa vàng")

        const vietnamese = await order("vi-VN", "added-in-english@example.com", "en-US")
        const [vi] = await notificationsOf(vietnamese.id, "order-confirmation")
        expect(vi!.data!.locale).toBe("vi")
        expect(vi!.data!.text).toContain("- Trà hoa vàng (thử nghiệm) (100g) × 2")
        expect(vi!.data!.text).not.toContain("Golden camellia")
      }, CASE_TIMEOUT)
    })
  },
})
