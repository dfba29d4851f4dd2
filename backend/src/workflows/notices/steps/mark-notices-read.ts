import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Feed = { id: string; data: Record<string, unknown> | null }
type NotificationService = {
  listNotifications(filters: Record<string, unknown>, config?: Record<string, unknown>): Promise<Feed[]>
  updateNotifications(data: Array<{ id: string; data: Record<string, unknown> }>): Promise<unknown>
}

/** Marks a member's notices read (the given ids, or all); another member's ids are ignored. */
export const markNoticesReadStep = createStep(
  "notices-mark-read",
  async (input: { receiver_id: string; ids?: string[] | null }, { container }) => {
    const notifications = container.resolve(Modules.NOTIFICATION) as unknown as NotificationService
    const filters: Record<string, unknown> = { channel: "feed", receiver_id: input.receiver_id }
    if (input.ids) filters.id = input.ids
    const unread = (await notifications.listNotifications(filters, { select: ["id", "data"], take: 1000 })).filter((n) => !n.data?.read_at)
    const at = new Date().toISOString()
    if (unread.length) await notifications.updateNotifications(unread.map((n) => ({ id: n.id, data: { ...n.data, read_at: at } })))
    return new StepResponse({ marked: unread.length }, unread)
  },
  async (unread, { container }) => {
    if (!unread?.length) return
    const notifications = container.resolve(Modules.NOTIFICATION) as unknown as NotificationService
    await notifications.updateNotifications(unread.map((n) => ({ id: n.id, data: { ...n.data } })))
  }
)
