import StockLocationModule from "@medusajs/medusa/stock-location"
import { defineLink } from "@medusajs/framework/utils"
import ProducerModule from "../modules/producer"

/**
 * Where a producer ships from: a producer has many stock locations, a stock location
 * belongs to one producer (`producer.stock_locations`, `stock_location.producer`).
 */
export default defineLink(ProducerModule.linkable.producer, {
  linkable: StockLocationModule.linkable.stockLocation,
  isList: true,
})
