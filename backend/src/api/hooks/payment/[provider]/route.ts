import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules, PaymentWebhookEvents } from "@medusajs/framework/utils"

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
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  // The caller learns only that the event was refused: the reason (which may name configuration,
  // e.g. a missing webhook secret) goes to the log (issue #21).
  try {
    await paymentModule.getWebhookActionAndData({ provider, payload })
  } catch (err) {
    logger.warn(`Payment webhook for ${provider} refused: ${(err as Error).message}`)
    res.status(400).send("Webhook Error: the event could not be verified")
    return
  }
  try {
    const eventBus = req.scope.resolve(Modules.EVENT_BUS)
    await eventBus.emit(
      { name: PaymentWebhookEvents.WebhookReceived, data: { provider, payload } },
      { delay: 5000, attempts: 3 }
    )
  } catch (err) {
    logger.warn(`Payment webhook for ${provider} could not be queued: ${(err as Error).message}`)
    res.status(400).send("Webhook Error: the event could not be queued")
    return
  }
  res.sendStatus(200)
}
