import type { MedusaContainer } from "@medusajs/framework/types"
import type { RatingSummary } from "@ocop/core/dist/server"
import { REVIEWS_MODULE, type ReviewRecord, type ReviewReplyRecord, type ReviewsModuleService } from "../../../modules/reviews"

export function reviewsOf(container: MedusaContainer): ReviewsModuleService {
  return container.resolve<ReviewsModuleService>(REVIEWS_MODULE)
}

/** A review as the store's reads select it (the model's fields, src/modules/reviews/models/review.ts). */
type ReviewLike = Pick<ReviewRecord, "id" | "product_id" | "rating" | "content" | "author_name" | "helpful_count" | "created_at"> & {
  images?: ReviewRecord["images"] | null
  reply?: Pick<ReviewReplyRecord, "content" | "created_at"> | null
}

/**
 * What anyone may see of a review: no customer, order or line ids. The content is the buyer's text
 * as written; clients render it as text (never as HTML).
 */
export function publicReview(r: ReviewLike) {
  return {
    id: r.id,
    product_id: r.product_id,
    rating: r.rating,
    content: r.content,
    images: r.images ?? [],
    author_name: r.author_name,
    verified_purchase: true,
    helpful_count: r.helpful_count,
    created_at: r.created_at,
    reply: r.reply ? { content: r.reply.content, created_at: r.reply.created_at } : null,
  }
}

/** Summary fields of a product list/page: `{ count, average, distribution }`. */
export async function productSummaries(container: MedusaContainer, productIds: string[]): Promise<Record<string, RatingSummary>> {
  return reviewsOf(container).summarizeProducts(productIds)
}
