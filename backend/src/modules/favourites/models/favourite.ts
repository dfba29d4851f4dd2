import { model } from "@medusajs/framework/utils"

/** A product a customer keeps to buy later (issue #18): one row per customer and product. */
export const Favourite = model
  .define("favourite", {
    id: model.id({ prefix: "fav" }).primaryKey(),
    customer_id: model.text(),
    product_id: model.text(),
  })
  .indexes([{ on: ["customer_id", "product_id"], unique: true, where: "deleted_at IS NULL" }])
