// The e-mail inviting a buyer to review what they received (issue #18): a few days after delivery,
// once per order, in the order's language, linking to the order page of their account. Run daily by
// src/jobs/invite-reviews.ts; idempotent (one notification per order, keyed "review-invite:<order>").

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { REVIEW_WINDOW_DAYS, reviewableLines } from "@ocop/core/dist/server"
import { REVIEWS_MODULE, type ReviewsModuleService } from "../modules/reviews"
import { customerLines } from "../workflows/reviews/utils/purchased-lines"
import { itemName, reviewInviteMessage } from "./order-messages"
import { loadOrderForMessage, storefrontUrl, withRetry } from "./order-email"
import { sendEmail } from "./send-email"

const DAY_MS = 86_400_000
export const REVIEW_INVITE_TEMPLATE = "review-invite"

/** Days after delivery the invitation waits: OCOP_REVIEW_INVITE_DAYS (whole days, 0–60), 3 by default. */
export function reviewInviteDays(env: NodeJS.ProcessEnv = process.env): number {
  const days = Number(env.OCOP_REVIEW_INVITE_DAYS ?? 3)
  return Number.isInteger(days) && days >= 0 && days <= 60 ? days : 3
}

export const reviewInviteKey = (orderId: string) => `review-invite:${orderId}`

type FulfillmentRow = { delivered_at: string | Date | null; order?: { id: string } | null }
type OrderRow = { id: string; status: string; customer_id: string | null; customer?: { email: string | null; has_account: boolean | null } | null }

/**
 * Invites the buyers of orders with a parcel delivered at least `days` days before `now` (and within
 * the review window) that still hold a line to review, unless the order's invitation went out
 * already, at the account's e-mail address. Guest orders are left out: reviews need an account.
 * Returns the orders invited.
 */
export async function inviteReviews(container: MedusaContainer, now = new Date(), days = reviewInviteDays()): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const notifications = container.resolve(Modules.NOTIFICATION)
  const reviews = container.resolve<ReviewsModuleService>(REVIEWS_MODULE)
  const { data: delivered } = await query.graph({
    entity: "fulfillment",
    fields: ["delivered_at", "order.id"],
    filters: {
      delivered_at: { $lte: new Date(now.getTime() - days * DAY_MS), $gte: new Date(now.getTime() - REVIEW_WINDOW_DAYS * DAY_MS) },
      canceled_at: null,
    },
  })
  const orderIds = [...new Set((delivered as FulfillmentRow[]).map((f) => f.order?.id).filter((id): id is string => !!id))]
  const invited: string[] = []
  for (const orderId of orderIds) {
    // idempotency_key is a Notification column the filter type does not list.
    const sent = await notifications.listNotifications({ idempotency_key: reviewInviteKey(orderId) } as never)
    if (sent.some((n) => n.status !== "failure")) continue
    const { data } = await query.graph({ entity: "order", fields: ["id", "status", "customer_id", "customer.email", "customer.has_account"], filters: { id: orderId } })
    const order = data[0] as OrderRow | undefined
    if (!order?.customer_id || !order.customer?.has_account || order.status === "canceled") continue
    const lines = (await customerLines(query, order.customer_id)).filter((l) => l.order_id === orderId)
    const reviewed = await reviews.listReviews({ customer_id: order.customer_id }, { select: ["order_line_item_id"], withDeleted: true })
    const open = reviewableLines(lines, reviewed.map((r) => r.order_line_item_id), now)
    if (!open.length) continue
    const full = await loadOrderForMessage(container, orderId)
    // To the account's address (where the link asks them to sign in), else the order's.
    const to = order.customer.email || full?.email
    if (!full || !to) continue
    const openIds = new Set(open.map((l) => l.line_item_id))
    const products = [...new Set((full.items ?? []).filter((i) => i?.id && openIds.has(i.id)).map((i) => itemName(i!)))]
    await withRetry(`Review invitation for order ${orderId}`, container, async () => {
      await sendEmail(container, {
        to,
        message: reviewInviteMessage(full, products, { storefrontUrl: storefrontUrl() }),
        template: REVIEW_INVITE_TEMPLATE,
        trigger: "job.invite-reviews",
        idempotencyKey: reviewInviteKey(orderId),
        resourceId: orderId,
        resourceType: "order",
        receiverId: order.customer_id,
        extra: { order_id: orderId, display_id: full.display_id ?? null },
      })
    })
    invited.push(orderId)
  }
  return invited
}
