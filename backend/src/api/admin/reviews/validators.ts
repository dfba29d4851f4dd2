import { z } from "@medusajs/framework/zod"

export const AdminListReviews = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    status: z.enum(["visible", "hidden"]).optional(),
    product_id: z.string().min(1).optional(),
    reported: z.enum(["true", "false"]).optional(),
  })
  .strict()
export type AdminListReviewsType = z.infer<typeof AdminListReviews>

export const AdminSetReviewStatus = z
  .object({ status: z.enum(["visible", "hidden"], { message: 'status: "hidden" hides the review, "visible" restores it' }) })
  .strict()
export type AdminSetReviewStatusType = z.infer<typeof AdminSetReviewStatus>
