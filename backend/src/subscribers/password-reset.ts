import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createHash } from "node:crypto"
import { passwordResetLink, passwordResetMessage, type AccountActor } from "../notifications/account-messages"
import { withRetry } from "../notifications/order-email"
import { sendEmail } from "../notifications/send-email"

type PasswordReset = { entity_id: string; actor_type: string; token: string; metadata?: { locale?: unknown } | null }

const ACTORS: AccountActor[] = ["customer", "producer", "partner", "user"]

/** At most this many reset e-mails to one address per window: asking again and again floods no inbox. */
export const RESET_EMAILS_PER_WINDOW = 3
const WINDOW_MS = 15 * 60 * 1000

/**
 * The e-mail with the reset link, when someone asks at /auth/{actor}/emailpass/reset-password.
 * Medusa emits the event only for an e-mail that has a login of that kind, and the route answers
 * the same either way, so asking reveals nothing.
 */
export default async function passwordResetEmail({ event, container }: SubscriberArgs<PasswordReset>) {
  const { entity_id: email, actor_type, token, metadata } = event.data ?? ({} as PasswordReset)
  const actor = ACTORS.find((a) => a === actor_type)
  if (!email || !token || !actor) return
  const locale = metadata?.locale === "en" ? "en" : "vi"
  const link = passwordResetLink({
    actor,
    token,
    locale,
    storefrontUrl: process.env.STOREFRONT_URL || "http://localhost:8000",
    adminUrl: process.env.MEDUSA_ADMIN_URL || "http://localhost:9000",
  })
  const notifications = container.resolve(Modules.NOTIFICATION)
  const recent = await notifications.listNotifications(
    // created_at takes a Date; the generated filter type says string.
    { to: email, template: "password-reset", created_at: { $gte: new Date(Date.now() - WINDOW_MS) } } as never,
    { take: RESET_EMAILS_PER_WINDOW }
  )
  if (recent.length >= RESET_EMAILS_PER_WINDOW) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Password reset e-mail to ${email} not sent: ${recent.length} in the last 15 minutes`)
    return
  }
  // One e-mail per token; the key does not keep the token itself.
  const key = createHash("sha256").update(token).digest("hex").slice(0, 32)
  await withRetry(`Password reset e-mail to ${email}`, container, async () => {
    await sendEmail(container, {
      to: email,
      message: passwordResetMessage({ actor, email, link, locale }),
      template: "password-reset",
      trigger: event.name,
      idempotencyKey: `password-reset:${key}`,
      resourceType: actor,
      extra: { actor_type: actor },
    })
  })
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
