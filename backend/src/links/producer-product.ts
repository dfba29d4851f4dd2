import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import ProducerModule from "../modules/producer"

/** A producer has many products; a product has one producer: `producer.products`, `product.producer`. */
export default defineLink(ProducerModule.linkable.producer, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
