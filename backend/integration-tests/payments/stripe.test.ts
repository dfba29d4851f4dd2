import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "../helpers/runner"
import { getSmallestUnit } from "@medusajs/payment-stripe/dist/utils/get-smallest-unit"
import Stripe from "stripe"
import { adminOrder, failed, ORDER_TOTAL, prepareCart, setUpShop, type Shop } from "./checkout"
import { listenFakeStripe, type Intent } from "./fake-stripe"

// medusa-config.ts registers Stripe only when STRIPE_API_KEY is set; it is read when the runner
// loads the config, so set it here (each test file runs in its own process).
const WEBHOOK_SECRET = "whsec_ocop_integration_test"
Object.assign(process.env, { STRIPE_API_KEY: "sk_test_ocop_fake", STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET })

function webhookEvent(type: string, intent: Intent) {
  return JSON.stringify({
    id: `evt_fake_${Date.now()}`,
    object: "event",
    api_version: "2024-04-10",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    type,
    data: { object: intent },
  })
}

async function until<T>(probe: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms
  while (Date.now() < end) {
    const value = await probe()
    if (value !== undefined) return value
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error("timed out waiting")
}

describe("VND is zero-decimal for Stripe (payment-stripe's getSmallestUnit)", () => {
  it("sends 1.250.000 ₫ as 1250000, not as cents", () => {
    expect(getSmallestUnit(1_250_000, "vnd")).toBe(1_250_000)
    expect(getSmallestUnit(1_250_000, "VND")).toBe(1_250_000)
    expect(getSmallestUnit(12.5, "usd")).toBe(1250) // two-decimal currencies are multiplied
  })
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("Stripe cards (pp_stripe_stripe)", () => {
      let shop: Shop
      let stripe: Awaited<ReturnType<typeof listenFakeStripe>>
      const signer = new Stripe("sk_test_ocop_fake")

      beforeAll(async () => {
        stripe = await listenFakeStripe(getContainer())
        shop = await setUpShop(getContainer(), api, ["pp_cod_cod", "pp_vietqr_vietqr", "pp_stripe_stripe"])
      })
      afterAll(async () => {
        await stripe.close()
      })

      it("creates the payment intent for the cart's total in whole đồng, manual capture", async () => {
        const { session } = await prepareCart(api, shop, "pp_stripe_stripe")
        const created = stripe.requests.filter((r) => r.method === "POST" && r.path === "/v1/payment_intents")
        const mine = created.find((r) => r.form.get("metadata[session_id]") === session.id)!
        expect(mine).toBeDefined()
        expect(mine.form.get("amount")).toBe(String(ORDER_TOTAL))
        // Whole đồng (1.242.000 ₫ → "1242000"), never ×100 as for a currency with cents.
        expect(mine.form.get("amount")).toMatch(/^[1-9]\d{6}$/)
        expect(mine.form.get("currency")).toBe("vnd")
        expect(mine.form.get("capture_method")).toBe("manual")
        expect(session.data.id).toMatch(/^pi_fake_/)
      })

      it("refuses a webhook with a bad signature (400, nothing changes) and completes the cart on a signed one", async () => {
        const container = getContainer()
        const { cartId, session } = await prepareCart(api, shop, "pp_stripe_stripe")
        const intent = stripe.intents.get(session.data.id)!
        Object.assign(intent, { status: "requires_capture", amount_capturable: intent.amount })
        const payload = webhookEvent("payment_intent.amount_capturable_updated", intent)
        const post = (signature: string) =>
          api
            .post("/hooks/payment/stripe_stripe", payload, {
              headers: { "content-type": "application/json", "stripe-signature": signature },
              transformRequest: [(data: unknown) => data],
            })
            .catch(failed)

        const forged = signer.webhooks.generateTestHeaderString({ payload, secret: "whsec_someone_else" })
        const bad = await post(forged)
        expect(bad.status).toBe(400)
        expect((await post("t=1,v1=deadbeef")).status).toBe(400)
        // Medusa would have processed a queued event after 5 s: wait past that, nothing happened.
        await new Promise((r) => setTimeout(r, 6500))
        const query = container.resolve("query") as any
        const { data: none } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
        expect(none).toHaveLength(0)
        const [sessionNow] = await container.resolve(Modules.PAYMENT).listPaymentSessions({ id: session.id })
        expect(sessionNow!.status).toBe("pending")
        expect(stripe.requests.some((r) => r.method === "GET" && r.path === `/v1/payment_intents/${intent.id}`)).toBe(false)

        const good = await post(signer.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }))
        expect(good.status).toBe(200)
        const orderId = await until(async () => {
          const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
          return (data[0] as { order_id: string } | undefined)?.order_id
        })
        // The order (and its link to the cart) exists a moment before the payment is authorized.
        const o = await until(async () => {
          const current = await adminOrder(api, shop, orderId)
          return current.payment_status === "not_paid" ? undefined : current
        })
        expect(o.payment_status).toBe("authorized")
        expect(o.payment_collections[0]!.payments[0]).toMatchObject({ provider_id: "pp_stripe_stripe", amount: ORDER_TOTAL })
      })
    })
  },
})
