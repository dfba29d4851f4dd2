// Delivers one notice to the people it concerns: an e-mail each (unless they turned an optional
// kind off) and a record on channel "feed" in Medusa's Notification Module, which the portals list
// with unread counts (src/api/{producer,partner}/notices) and the admin dashboard shows in its bell.
// Every message carries an idempotency key made of the notice's key and the person: the same event
// twice sends one message.

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MessageLocale } from "./layout"
import { NOTICE_KINDS, noticeEmail, noticeText, type NoticeAudience, type NoticeFacts, type NoticeKind } from "./notice-messages"
import { sendEmail } from "./send-email"

export type NoticeRecipient = { id: string; email: string; locale: MessageLocale; off: string[] }

/** A person's notice settings as kept in metadata: { notices: { locale, off: [kinds] } }. */
export type NoticePreferences = { locale: MessageLocale; off: string[] }

export function readPreferences(metadata: Record<string, unknown> | null | undefined): NoticePreferences {
  const stored = (metadata?.notices ?? {}) as { locale?: unknown; off?: unknown }
  return {
    locale: stored.locale === "en" ? "en" : "vi",
    off: Array.isArray(stored.off) ? stored.off.filter((k): k is string => typeof k === "string") : [],
  }
}

/** The members of a producer or partner, or every admin user, with their language and settings. */
export async function recipientsOf(container: MedusaContainer, audience: NoticeAudience, ownerId?: string | null): Promise<NoticeRecipient[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let people: Array<{ id: string; email: string; metadata?: Record<string, unknown> | null }>
  if (audience === "admin") {
    people = (await container.resolve(Modules.USER).listUsers({}, { select: ["id", "email", "metadata"] }))
  } else {
    if (!ownerId) return []
    if (audience === "producer") {
      const { data } = await query.graph({ entity: "producer_member", fields: ["id", "email", "metadata"], filters: { producer_id: ownerId } })
      people = data
    } else {
      // Partner members keep their settings in the partner's metadata (member_notices[member id]).
      const { data } = await query.graph({ entity: "partner", fields: ["id", "metadata", "members.id", "members.email"], filters: { id: ownerId } })
      const partner = data[0] as { metadata?: Record<string, any> | null; members?: Array<{ id: string; email: string }> } | undefined
      people = (partner?.members ?? []).map((m) => ({ ...m, metadata: { notices: partner?.metadata?.member_notices?.[m.id] } }))
    }
  }
  return people.filter((p) => p.email).map((p) => ({ id: p.id, email: p.email, ...readPreferences(p.metadata) }))
}

export type Notice = {
  kind: NoticeKind
  /** One notice per key and person, e.g. "order-to-ship:order_1:pdcr_1". */
  key: string
  facts: NoticeFacts
  /** The producer or partner the notice is for (not for the admin). */
  ownerId?: string | null
  resourceId?: string | null
  resourceType?: string | null
  trigger: string
}

type NotificationService = {
  listNotifications(filters: Record<string, unknown>): Promise<Array<{ id: string }>>
  createNotifications(data: Record<string, unknown>): Promise<unknown>
}

/** Links in the e-mails: the portal's notices page on the storefront, when its address is known. */
function portalLink(audience: NoticeAudience, locale: MessageLocale): string | null {
  const base = process.env.STOREFRONT_URL?.replace(/\/+$/, "")
  if (!base || audience === "admin") return null
  return `${base}/${locale}/${audience}/notices`
}

async function addToFeed(container: MedusaContainer, notice: Notice, recipient: NoticeRecipient | null): Promise<void> {
  const notifications = container.resolve(Modules.NOTIFICATION) as unknown as NotificationService
  const idempotencyKey = `feed:${notice.key}:${recipient?.id ?? "admin"}`
  if ((await notifications.listNotifications({ idempotency_key: idempotencyKey })).length) return
  const { title, lines } = noticeText(notice.kind, notice.facts, recipient?.locale ?? "vi")
  await notifications.createNotifications({
    to: recipient?.email ?? "",
    channel: "feed",
    template: notice.kind,
    // title/description are what the admin dashboard's bell reads; the portals read the same.
    data: { title, description: lines.filter((l) => l.trim()).join("\n"), locale: recipient?.locale ?? "vi", audience: NOTICE_KINDS[notice.kind].audience, owner_id: notice.ownerId ?? null, read_at: null, ...notice.facts },
    trigger_type: notice.trigger,
    resource_id: notice.resourceId ?? null,
    resource_type: notice.resourceType ?? null,
    receiver_id: recipient?.id ?? null,
    idempotency_key: idempotencyKey,
  })
}

/**
 * Sends the notice to every person of its audience (of `ownerId` for producers and partners).
 * A failed e-mail is left to src/jobs/retry-failed-emails.ts; it never stops the others.
 */
export async function notify(container: MedusaContainer, notice: Notice): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { audience, optional } = NOTICE_KINDS[notice.kind]
  const recipients = await recipientsOf(container, audience, notice.ownerId)
  // The admin dashboard's bell is shared by the admins: one record; portals: one per person.
  if (audience === "admin") await addToFeed(container, notice, null)
  for (const recipient of recipients) {
    try {
      if (audience !== "admin") await addToFeed(container, notice, recipient)
      if (optional && recipient.off.includes(notice.kind)) continue
      await sendEmail(container, {
        to: recipient.email,
        message: noticeEmail(notice.kind, notice.facts, recipient.locale, portalLink(audience, recipient.locale)),
        template: notice.kind,
        trigger: notice.trigger,
        idempotencyKey: `${notice.key}:${recipient.id}`,
        resourceId: notice.resourceId ?? null,
        resourceType: notice.resourceType ?? null,
        receiverId: recipient.id,
        extra: { owner_id: notice.ownerId ?? null },
      })
    } catch (error) {
      logger.warn(`Notice ${notice.key} to ${recipient.email}: ${(error as Error).message}`)
    }
  }
}
