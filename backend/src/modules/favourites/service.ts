import type { InferTypeOf } from "@medusajs/framework/types"
import { MedusaService } from "@medusajs/framework/utils"
import { Favourite } from "./models/favourite"

export type FavouriteRecord = InferTypeOf<typeof Favourite>

class FavouritesModuleService extends MedusaService({ Favourite }) {}

export default FavouritesModuleService
