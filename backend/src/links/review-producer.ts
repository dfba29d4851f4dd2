import { defineLink } from "@medusajs/framework/utils"
import ProducerModule from "../modules/producer"
import ReviewsModule from "../modules/reviews"

/** review → the producer of the reviewed product, through producer_id (read-only): `review.producer`. */
export default defineLink({ linkable: ReviewsModule.linkable.review, field: "producer_id" }, ProducerModule.linkable.producer, {
  readOnly: true,
})
