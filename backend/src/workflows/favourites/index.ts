export { addFavouritesWorkflow } from "./add-favourites"
export { removeFavouriteWorkflow } from "./remove-favourite"
