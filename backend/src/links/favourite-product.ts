import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import FavouritesModule from "../modules/favourites"

/** favourite → product through the favourite's product_id (read-only: no link table): `favourite.product` in query.graph. */
export default defineLink({ linkable: FavouritesModule.linkable.favourite, field: "product_id" }, ProductModule.linkable.product, {
  readOnly: true,
})
