// Shared by the tests that pay by card (not a test file): a local stand-in for api.stripe.com.
import { Modules } from "@medusajs/framework/utils"
import http from "node:http"
import type { AddressInfo } from "node:net"

export type Intent = Record<string, any> & { id: string; amount: number; currency: string; status: string; metadata: Record<string, string> }

/**
 * A local stand-in for api.stripe.com: just the calls the provider makes (payment intents, customers,
 * and refunds, which it refuses beyond what the intent received, as Stripe does).
 */
export function fakeStripe() {
  const intents = new Map<string, Intent>()
  const requests: { method: string; path: string; form: URLSearchParams }[] = []
  const refunds: Array<{ id: string; amount: number; payment_intent: string }> = []
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
      // A signed-in buyer's payment sessions hang on a Stripe customer (Medusa's account holder).
      const customer = /^\/v1\/customers(?:\/([^/]+))?$/.exec(path)
      if (customer) {
        return send(200, { id: customer[1] ?? `cus_fake_${next++}`, object: "customer", email: form.get("email"), metadata: {} })
      }
      if (path === "/v1/refunds" && req.method === "POST") {
        const intent = intents.get(form.get("payment_intent") ?? "")
        const amount = Number(form.get("amount"))
        if (!intent) return send(404, { error: { type: "invalid_request_error", message: `no such payment_intent ${form.get("payment_intent")}` } })
        const refunded = (intent.amount_refunded ?? 0) + amount
        if (!(amount > 0) || refunded > intent.amount_received) {
          return send(400, { error: { type: "invalid_request_error", code: "amount_too_large", message: `refund of ${amount} exceeds what is left` } })
        }
        intent.amount_refunded = refunded
        const refund = { id: `re_fake_${next++}`, object: "refund", amount, currency: intent.currency, payment_intent: intent.id, status: "succeeded" }
        refunds.push(refund)
        return send(200, refund)
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
  return { server, intents, requests, refunds }
}


/**
 * Starts the fake and points payment-stripe's client at it: the provider builds its client as
 * `new Stripe(apiKey)` with no host option, so the SDK's own host/port/protocol settings.
 */
export async function listenFakeStripe(container: { resolve: (key: string) => any }) {
  const stripe = fakeStripe()
  await new Promise<void>((resolve) => stripe.server.listen(0, "127.0.0.1", resolve))
  const { port } = stripe.server.address() as AddressInfo
  const provider = container.resolve(Modules.PAYMENT).paymentProviderService_.retrieveProvider("pp_stripe_stripe")
  provider.stripe_._setApiField("host", "127.0.0.1")
  provider.stripe_._setApiField("port", port)
  provider.stripe_._setApiField("protocol", "http")
  return { ...stripe, close: () => new Promise((resolve) => stripe.server.close(resolve)) }
}
