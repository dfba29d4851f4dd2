import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { getSmallestUnit } from "@medusajs/payment-stripe/dist/utils/get-smallest-unit"
import http from "node:http"
import type { AddressInfo } from "node:net"
import Stripe from "stripe"
import { adminOrder, failed, ORDER_TOTAL, prepareCart, setUpShop, type Shop } from "./checkout"

// medusa-config.ts registers Stripe only when STRIPE_API_KEY is set; it is read when the runner
// loads the config, so set it here (each test file runs in its own process).
const WEBHOOK_SECRET = "whsec_ocop_integration_test"
Object.assign(process.env, { STRIPE_API_KEY: "sk_test_ocop_fake", STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET })

type Intent = Record<string, any> & { id: string; amount: number; currency: string; status: string; metadata: Record<string, string> }

/** A local stand-in for api.stripe.com: just the payment-intent calls the provider makes. */
function fakeStripe() {
  const intents = new Map<string, Intent>()
  const requests: { method: string; path: string; form: URLSearchParams }[] = []
  let next = 1
  const server = http.createServer((req, res) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      const path = (req.url ?? "").split("?")[0]!
      const form = new URLSearchParams(body)
      requests.push({ method: req.method ?? "", path, form })
      const send = (status: number, json: unknown) => {
        res.writeHead(status, { "content-type": "application/json" })
        res.end(JSON.stringify(json))
      }
      const match = /^\/v1\/payment_intents(?:\/([^/]+))?(?:\/(capture|cancel))?$/.exec(path)
      if (!match) return send(404, { error: { type: "invalid_request_error", message: `no fake for ${path}` } })
      const [, id, action] = match
      if (!id && req.method === "POST") {
        const metadata: Record<string, string> = {}
        for (const [k, v] of form) {
          const m = /^metadata\[(.+)\]$/.exec(k)
          if (m) metadata[m[1]!] = v
        }
        const intent: Intent = {
          id: `pi_fake_${next++}`,
          object: "payment_intent",
          amount: Number(form.get("amount")),
          amount_capturable: 0,
          amount_received: 0,
          currency: form.get("currency") ?? "",
          capture_method: form.get("capture_method"),
          status: "requires_payment_method",
          metadata,
          payment_method: null,
          last_payment_error: null,
        }
        intents.set(intent.id, intent)
        return send(200, intent)
      }
      const intent = id ? intents.get(id) : undefined
      if (!intent) return send(404, { error: { type: "invalid_request_error", message: `no such payment_intent ${id}` } })
      if (action === "capture") Object.assign(intent, { status: "succeeded", amount_received: intent.amount, amount_capturable: 0 })
      else if (action === "cancel") Object.assign(intent, { status: "canceled" })
      else if (req.method === "POST" && form.has("amount")) intent.amount = Number(form.get("amount"))
      return send(200, intent)
    })
  })
  return { server, intents, requests }
}

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
      const stripe = fakeStripe()
      const signer = new Stripe("sk_test_ocop_fake")

      beforeAll(async () => {
        await new Promise<void>((resolve) => stripe.server.listen(0, "127.0.0.1", resolve))
        const { port } = stripe.server.address() as AddressInfo
        // payment-stripe builds its client as `new Stripe(apiKey)` with no host option: point that
        // client at the local fake (the SDK's own host/port/protocol settings).
        const paymentModule = getContainer().resolve(Modules.PAYMENT) as any
        const provider = paymentModule.paymentProviderService_.retrieveProvider("pp_stripe_stripe")
        provider.stripe_._setApiField("host", "127.0.0.1")
        provider.stripe_._setApiField("port", port)
        provider.stripe_._setApiField("protocol", "http")
        shop = await setUpShop(getContainer(), api, ["pp_cod_cod", "pp_vietqr_vietqr", "pp_stripe_stripe"])
      })
      afterAll(async () => {
        await new Promise((resolve) => stripe.server.close(resolve))
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
