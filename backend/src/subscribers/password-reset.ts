import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { createHash } from "node:crypto"
import { passwordResetLink, passwordResetMessage, type AccountActor } from "../notifications/account-messages"
import { withRetry } from "../notifications/order-email"
import { sendEmail } from "../notifications/send-email"

type PasswordReset = { entity_id: string; actor_type: string; token: string; metadata?: { locale?: unknown } | null }

const ACTORS: AccountActor[] = ["customer", "producer", "partner", "user"]

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
