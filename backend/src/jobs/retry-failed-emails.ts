import type { MedusaContainer, NotificationDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MessageLocale } from "../notifications/layout"
import { RETRY_FOR_MS, sendEmail } from "../notifications/send-email"

type StoredData = { subject?: string; text?: string; html?: string; locale?: MessageLocale; first_attempt_at?: string }

/**
 * Every minute: e-mails whose sending failed (the SMTP server was down or refused them) are sent
 * again, for a day after their first attempt. Each keeps its idempotency key, so an e-mail that went
 * out is never sent twice (src/notifications/send-email.ts).
 */
export default async function retryFailedEmails(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const notifications = container.resolve(Modules.NOTIFICATION)
  const failed = (await notifications.listNotifications(
    // status and idempotency_key are Notification columns the filter type does not list.
    { channel: "email", status: "failure", idempotency_key: { $ne: null } } as never,
    { take: 200, order: { created_at: "ASC" } }
  )) as Array<NotificationDTO & { idempotency_key?: string | null }>
  let sent = 0
  for (const notification of failed) {
    const data = (notification.data ?? {}) as StoredData & Record<string, unknown>
    const firstAttempt = Date.parse(data.first_attempt_at ?? String(notification.created_at))
    if (!data.subject || !data.text || Date.now() - firstAttempt > RETRY_FOR_MS) continue
    try {
      const result = await sendEmail(container, {
        to: notification.to,
        message: { subject: data.subject, text: data.text, html: data.html ?? "", locale: data.locale ?? "vi" },
        template: notification.template ?? "email",
        trigger: notification.trigger_type ?? "retry",
        idempotencyKey: notification.idempotency_key!,
        resourceId: notification.resource_id,
        resourceType: notification.resource_type,
        receiverId: notification.receiver_id,
        extra: data,
      })
      if (result) sent++
    } catch (error) {
      logger.warn(`E-mail "${notification.template}" to ${notification.to} failed again: ${(error as Error).message}`)
    }
  }
  if (sent) logger.info(`Sent ${sent} e-mail(s) that had failed before`)
}

export const config = {
  name: "retry-failed-emails",
  schedule: "* * * * *",
}
