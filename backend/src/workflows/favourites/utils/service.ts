import { FAVOURITES_MODULE, type FavouritesModuleService } from "../../../modules/favourites"

type Container = { resolve: (key: string) => any }

export function favouritesService(container: Container): FavouritesModuleService {
  return container.resolve(FAVOURITES_MODULE) as FavouritesModuleService
}
