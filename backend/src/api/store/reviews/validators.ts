import { z } from "@medusajs/framework/zod"
import { REVIEW_MAX_CHARS, REVIEW_MAX_IMAGES } from "@ocop/core/dist/server"
import { isReviewPhotoUrl } from "./photos"

export const StoreListReviews = z
  .object({
    limit: z.coerce.number().int().min(1).max(50).default(10),
    offset: z.coerce.number().int().min(0).default(0),
    sort: z.enum(["newest", "helpful"]).default("newest"),
  })
  .strict()
export type StoreListReviewsType = z.infer<typeof StoreListReviews>

export const StoreCreateReview = z
  .object({
    rating: z
      .number({ message: "rating: give a whole number of stars from 1 to 5" })
      .int("rating: give a whole number of stars from 1 to 5")
      .min(1, "rating: give a whole number of stars from 1 to 5")
      .max(5, "rating: give a whole number of stars from 1 to 5"),
    content: z
      .string({ message: "content: write a few words about the product" })
      .trim()
      .min(1, "content: write a few words about the product")
      .max(REVIEW_MAX_CHARS, `content: at most ${REVIEW_MAX_CHARS} characters`),
    images: z
      .array(z.string().refine(isReviewPhotoUrl, "images: use the URLs POST /store/reviews/uploads returned"))
      .max(REVIEW_MAX_IMAGES, `images: at most ${REVIEW_MAX_IMAGES} photos`)
      .optional(),
    // The order page names the line it reviews; without it, the most recent reviewable delivery.
    line_item_id: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
export type StoreCreateReviewType = z.infer<typeof StoreCreateReview>

export const StoreReportReview = z
  .object({ reason: z.string().trim().min(1, "reason: say what is wrong with this review").max(500, "reason: at most 500 characters") })
  .strict()
export type StoreReportReviewType = z.infer<typeof StoreReportReview>

export const StoreReviewable = z.object({ order_id: z.string().min(1).optional() }).strict()
export type StoreReviewableType = z.infer<typeof StoreReviewable>
