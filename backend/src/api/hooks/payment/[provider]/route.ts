import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules, PaymentWebhookEvents } from "@medusajs/framework/utils"

/**
 * POST /hooks/payment/:provider (e.g. /hooks/payment/stripe_stripe): replaces Medusa's route of
 * the same path. Medusa's answers 200 to anything and only checks the signature later, in the
 * delayed `payment.webhook_received` subscriber; this one first asks the provider to read the
 * event (for Stripe: stripe.webhooks.constructEvent with STRIPE_WEBHOOK_SECRET), so a forged or
 * unsigned call gets 400 at once and nothing is queued. A good event is then queued exactly as
 * Medusa does (5 s delay, 3 attempts), and Medusa's subscriber processes it.
 */
export async function POST(req: MedusaRequest<unknown, { provider: string }>, res: MedusaResponse) {
  const { provider } = req.params as { provider: string }
  const payload = { data: req.body as Record<string, unknown>, rawData: req.rawBody, headers: req.headers }
  const paymentModule = req.scope.resolve(Modules.PAYMENT)
  try {
    await paymentModule.getWebhookActionAndData({ provider, payload })
  } catch (err) {
    res.status(400).send(`Webhook Error: ${(err as Error).message}`)
    return
  }
  try {
    const eventBus = req.scope.resolve(Modules.EVENT_BUS)
    await eventBus.emit(
      { name: PaymentWebhookEvents.WebhookReceived, data: { provider, payload } },
      { delay: 5000, attempts: 3 }
    )
  } catch (err) {
    res.status(400).send(`Webhook Error: ${(err as Error).message}`)
    return
  }
  res.sendStatus(200)
}
