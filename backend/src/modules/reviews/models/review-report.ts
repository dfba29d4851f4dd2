import { model } from "@medusajs/framework/utils"
import { Review } from "./review"

/** Someone's report of a review to the admin (anyone may report; the reporter is kept if known). */
export const ReviewReport = model
  .define("review_report", {
    id: model.id({ prefix: "rrpt" }).primaryKey(),
    reason: model.text(),
    reporter_id: model.text().nullable(),
    review: model.belongsTo(() => Review, { mappedBy: "reports" }),
  })
  .indexes([{ on: ["review_id"] }])
