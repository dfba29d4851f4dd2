import type { Context, InferTypeOf } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { ratingSummary, type RatingSummary } from "@ocop/core/dist/server"
import { Review } from "./models/review"
import { ReviewReply } from "./models/review-reply"
import { ReviewReport } from "./models/review-report"

export type ReviewRecord = InferTypeOf<typeof Review>
export type ReviewReplyRecord = InferTypeOf<typeof ReviewReply>
export type ReviewReportRecord = InferTypeOf<typeof ReviewReport>

class ReviewsModuleService extends MedusaService({ Review, ReviewReply, ReviewReport }) {
  /**
   * Each product's summary of its visible reviews (hidden ones count nowhere), counted in SQL per
   * star. Products without reviews are answered too, with count 0.
   */
  @InjectManager()
  async summarizeProducts(productIds: string[], @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<Record<string, RatingSummary>> {
    const out: Record<string, RatingSummary> = {}
    for (const id of productIds) out[id] = ratingSummary([])
    if (!productIds.length) return out
    const rows = (await sharedContext.manager!.execute(
      `select product_id, rating, count(*)::int as n from review
        where deleted_at is null and status = 'visible' and product_id in (${productIds.map(() => "?").join(", ")})
        group by 1, 2`,
      productIds
    )) as Array<{ product_id: string; rating: number; n: number }>
    const ratings: Record<string, number[]> = {}
    for (const r of rows) (ratings[r.product_id] ??= []).push(...Array(Number(r.n)).fill(Number(r.rating)))
    for (const [id, list] of Object.entries(ratings)) out[id] = ratingSummary(list)
    return out
  }

  /** The summary over every visible review of a producer's products. */
  @InjectManager()
  async summarizeProducer(producerId: string, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<RatingSummary> {
    const rows = (await sharedContext.manager!.execute(
      `select rating, count(*)::int as n from review where deleted_at is null and status = 'visible' and producer_id = ? group by 1`,
      [producerId]
    )) as Array<{ rating: number; n: number }>
    return ratingSummary(rows.flatMap((r) => Array(Number(r.n)).fill(Number(r.rating))))
  }
}

export default ReviewsModuleService
