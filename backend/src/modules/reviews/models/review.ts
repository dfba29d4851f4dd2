import { model } from "@medusajs/framework/utils"
import { ReviewReply } from "./review-reply"
import { ReviewReport } from "./review-report"

export const REVIEW_STATUSES = ["visible", "hidden"] as const

/**
 * A buyer's review of a product, for one delivered order line (unique: once per line). Appears at
 * once; the admin hides it (status "hidden") and every count and average leaves it out. The text is
 * kept as written and rendered as text. `images` are URLs of photos uploaded through the File Module.
 */
export const Review = model
  .define("review", {
    id: model.id({ prefix: "rev" }).primaryKey(),
    product_id: model.text(),
    producer_id: model.text().nullable(),
    customer_id: model.text(),
    order_id: model.text(),
    order_line_item_id: model.text(),
    author_name: model.text(),
    rating: model.number(),
    content: model.text(),
    images: model.array(),
    status: model.enum([...REVIEW_STATUSES]).default("visible"),
    helpful_count: model.number().default(0),
    delivered_at: model.dateTime(),
    reply: model.hasOne(() => ReviewReply, { mappedBy: "review" }).nullable(),
    reports: model.hasMany(() => ReviewReport, { mappedBy: "review" }),
  })
  .cascades({ delete: ["reply", "reports"] })
  .indexes([
    { on: ["order_line_item_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["product_id", "status", "created_at"] },
    { on: ["producer_id", "status"] },
    { on: ["customer_id"] },
  ])
