import { model } from "@medusajs/framework/utils"
import { Review } from "./review"

/** The producer's one public answer to a review of its product. */
export const ReviewReply = model.define("review_reply", {
  id: model.id({ prefix: "rrep" }).primaryKey(),
  producer_id: model.text(),
  content: model.text(),
  review: model.belongsTo(() => Review, { mappedBy: "reply" }),
})
