import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { favouritesService } from "../utils/service"

/** Drops the product from the customer's favourites (nothing to do when it is not there); undone by keeping it again. */
export const deleteFavouriteStep = createStep(
  "delete-favourite",
  async (input: { customer_id: string; product_id: string }, { container }) => {
    const service = favouritesService(container)
    const rows = await service.listFavourites({ customer_id: input.customer_id, product_id: input.product_id }, { select: ["id"] })
    if (rows.length) await service.deleteFavourites(rows.map((r) => r.id))
    return new StepResponse(rows.length > 0, rows.length ? input : null)
  },
  async (removed, { container }) => {
    if (removed) await favouritesService(container).createFavourites(removed)
  }
)
