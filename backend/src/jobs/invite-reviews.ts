import type { MedusaContainer } from "@medusajs/framework/types"
import { inviteReviews } from "../notifications/review-invites"

/** Daily: buyers whose parcel arrived OCOP_REVIEW_INVITE_DAYS (3) days ago are invited to review it, once per order. */
export default async function inviteReviewsJob(container: MedusaContainer) {
  await inviteReviews(container)
}

export const config = {
  name: "invite-reviews",
  // 02:00 UTC = 09:00 in Vietnam.
  schedule: "0 2 * * *",
}
