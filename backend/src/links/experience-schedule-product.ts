import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import ExperiencesModule from "../modules/experiences"

/** experience_schedule → product through its product_id (read-only: no link table): `experience_schedule.product` in query.graph. */
export default defineLink({ linkable: ExperiencesModule.linkable.experienceSchedule, field: "product_id" }, ProductModule.linkable.product, {
  readOnly: true,
})
