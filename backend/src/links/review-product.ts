import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import ReviewsModule from "../modules/reviews"

/**
 * review → product through the review's own product_id (read-only: no link table): `review.product`
 * in query.graph. Reviews stay with their product; the product module knows nothing of them.
 */
export default defineLink({ linkable: ReviewsModule.linkable.review, field: "product_id" }, ProductModule.linkable.product, {
  readOnly: true,
})
