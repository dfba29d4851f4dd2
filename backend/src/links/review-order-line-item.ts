import OrderModule from "@medusajs/medusa/order"
import { defineLink } from "@medusajs/framework/utils"
import ReviewsModule from "../modules/reviews"

/** review → the delivered order line it reviews, through order_line_item_id (read-only): `review.order_line_item`. */
export default defineLink(
  { linkable: ReviewsModule.linkable.review, field: "order_line_item_id" },
  OrderModule.linkable.orderLineItem,
  { readOnly: true }
)
