import { Module } from "@medusajs/framework/utils"
import FavouritesModuleService from "./service"

export const FAVOURITES_MODULE = "favourites"

// Customers' favourite products (issue #18); joined to customers and products by links (src/links).
export default Module(FAVOURITES_MODULE, { service: FavouritesModuleService })

export { FavouritesModuleService }
export type { FavouriteRecord } from "./service"
