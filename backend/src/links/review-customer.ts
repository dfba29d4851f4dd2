import CustomerModule from "@medusajs/medusa/customer"
import { defineLink } from "@medusajs/framework/utils"
import ReviewsModule from "../modules/reviews"

/** review → its author, through the review's customer_id (read-only): `review.customer`. */
export default defineLink({ linkable: ReviewsModule.linkable.review, field: "customer_id" }, CustomerModule.linkable.customer, {
  readOnly: true,
})
