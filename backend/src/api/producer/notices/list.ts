import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

type Feed = {
  id: string
  template: string | null
  data: Record<string, unknown> | null
  resource_id: string | null
  resource_type: string | null
  created_at: string | Date
}

/** How many of the newest notices the unread count looks at (older ones are counted as read). */
const UNREAD_WINDOW = 500

/**
 * One member's notices on channel "feed" (src/notifications/notify.ts), newest first, with the
 * count of unread ones: { notices: [{ id, kind, title, description, resource_id, resource_type, created_at, read_at }], count, unread }.
 */
export async function listNotices(container: MedusaContainer, receiverId: string, page: { limit: number; offset: number }) {
  const notifications = container.resolve(Modules.NOTIFICATION)
  // receiver_id is a Notification column the filter type does not list.
  const filters = { channel: "feed", receiver_id: receiverId } as never
  const [rows, count] = (await notifications.listAndCountNotifications(filters, {
    order: { created_at: "DESC" },
    take: page.limit,
    skip: page.offset,
  })) as unknown as [Feed[], number]
  const recent = (await notifications.listNotifications(filters, { select: ["id", "data"], take: UNREAD_WINDOW, order: { created_at: "DESC" } })) as unknown as Feed[]
  return {
    notices: rows.map((n) => ({
      id: n.id,
      kind: n.template,
      title: String(n.data?.title ?? ""),
      description: String(n.data?.description ?? ""),
      resource_id: n.resource_id,
      resource_type: n.resource_type,
      created_at: n.created_at,
      read_at: (n.data?.read_at as string | null | undefined) ?? null,
    })),
    count,
    unread: recent.filter((n) => !n.data?.read_at).length,
  }
}
