import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { favouritesService } from "../utils/service"

/** Keeps the products the customer does not keep yet (adding twice changes nothing); undone by deleting the new rows. */
export const createFavouritesStep = createStep(
  "create-favourites",
  async (input: { customer_id: string; product_ids: string[] }, { container }) => {
    const service = favouritesService(container)
    const kept = await service.listFavourites({ customer_id: input.customer_id, product_id: input.product_ids }, { select: ["product_id"] })
    const have = new Set(kept.map((f) => f.product_id))
    const missing = [...new Set(input.product_ids)].filter((id) => !have.has(id))
    const created = missing.length ? await service.createFavourites(missing.map((product_id) => ({ customer_id: input.customer_id, product_id }))) : []
    return new StepResponse(created.length, created.map((f) => f.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await favouritesService(container).deleteFavourites(ids)
  }
)
