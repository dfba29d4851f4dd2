import { z } from "@medusajs/framework/zod"

export const ProducerListReviews = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    unanswered: z.enum(["true", "false"]).optional(),
  })
  .strict()
export type ProducerListReviewsType = z.infer<typeof ProducerListReviews>

export const ProducerReplyReview = z
  .object({ content: z.string().trim().min(1, "content: write your reply").max(2000, "content: at most 2000 characters") })
  .strict()
export type ProducerReplyReviewType = z.infer<typeof ProducerReplyReview>
