import CustomerModule from "@medusajs/medusa/customer"
import { defineLink } from "@medusajs/framework/utils"
import FavouritesModule from "../modules/favourites"

/** favourite → the customer who keeps it, through its customer_id (read-only): `favourite.customer`. */
export default defineLink({ linkable: FavouritesModule.linkable.favourite, field: "customer_id" }, CustomerModule.linkable.customer, {
  readOnly: true,
})
