// Reads what an order e-mail needs and hands it to Medusa's Notification Module (channel "email":
// SMTP when configured, else the local provider writes it to the log).

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { inRecipientLanguage } from "./line-titles"
import { messageLocale, type Message, type OrderForMessage } from "./order-messages"
import { sendEmail } from "./send-email"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "locale",
  "metadata",
  "currency_code",
  "customer_id",
  "total",
  "shipping_total",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.product_id",
  "items.variant_id",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.address_1",
  "shipping_address.address_2",
  "shipping_address.city",
  "shipping_address.province",
  "shipping_address.phone",
  "shipping_methods.name",
  "shipping_methods.data",
  "payment_collections.payment_sessions.provider_id",
  "payment_collections.payments.provider_id",
]

export type LoadedOrder = OrderForMessage & { customer_id?: string | null }

/** The order as the message templates read it, or null when there is none. */
export async function loadOrderForMessage(container: MedusaContainer, orderId: string): Promise<LoadedOrder | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderId } })
  const order = data[0] as
    | (LoadedOrder & {
        payment_collections?: Array<{
          payments?: Array<{ provider_id?: string } | null> | null
          payment_sessions?: Array<{ provider_id?: string } | null> | null
        } | null> | null
      })
    | undefined
  if (!order) return null
  const collections = order.payment_collections ?? []
  const providers = [
    ...collections.flatMap((c) => c?.payments ?? []),
    ...collections.flatMap((c) => c?.payment_sessions ?? []),
  ].map((p) => p?.provider_id)
  const items = await inRecipientLanguage(container, (order.items ?? []).filter((i) => !!i), messageLocale(order))
  return { ...order, items, payment_provider_id: providers.find((p): p is string => !!p) ?? null }
}

/** Where links in messages point: the public storefront (STOREFRONT_URL), if configured. */
export function storefrontUrl(): string | null {
  return process.env.STOREFRONT_URL || null
}

export type OrderEmail = {
  order: LoadedOrder
  message: Message
  /** Names the message, e.g. "order-confirmation". */
  template: string
  /** The event it answers, e.g. "order.placed". */
  trigger: string
  /** One message per key (the module checks it): a redelivered event sends nothing twice. */
  idempotencyKey: string
  extra?: Record<string, unknown>
}

const ATTEMPTS = 3
const RETRY_MS = 1000

/**
 * Runs `send` again after a failure (up to 3 times): the event bus delivers once, and a database
 * hiccup while other subscribers of the same event write (seen: "Transaction query already
 * complete") must not lose the e-mail. The module's idempotency key keeps retries from doubling it.
 */
export async function withRetry(label: string, container: MedusaContainer, send: () => Promise<void>): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (let attempt = 1; ; attempt++) {
    try {
      await send()
      return
    } catch (error) {
      if (attempt >= ATTEMPTS) {
        // A failed e-mail must not undo or block the order: log it for the operators.
        logger.error(`${label} failed after ${ATTEMPTS} attempts: ${(error as Error).message}`)
        return
      }
      logger.warn(`${label} failed (attempt ${attempt}), retrying: ${(error as Error).message}`)
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS * attempt))
    }
  }
}

/** Sends one e-mail about an order. Orders without an e-mail address are skipped (and logged). */
export async function sendOrderEmail(container: MedusaContainer, email: OrderEmail): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { order, message } = email
  if (!order.email) {
    logger.warn(`No ${email.template} e-mail for order ${order.id}: it has no e-mail address`)
    return
  }
  await sendEmail(container, {
    to: order.email,
    message,
    template: email.template,
    trigger: email.trigger,
    idempotencyKey: email.idempotencyKey,
    resourceId: order.id,
    resourceType: "order",
    receiverId: order.customer_id ?? null,
    extra: { order_id: order.id, display_id: order.display_id ?? null, ...email.extra },
  })
}
