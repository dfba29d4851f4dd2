import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkFavouriteProductsStep } from "./steps/check-favourite-products"
import { createFavouritesStep } from "./steps/create-favourites"

export type AddFavouritesInput = { customer_id: string; product_ids: string[] }

/** Adds products to a customer's favourites (one heart, or a guest's list merged at login); idempotent. */
export const addFavouritesWorkflow = createWorkflow("add-favourites", (input: AddFavouritesInput) => {
  checkFavouriteProductsStep({ product_ids: input.product_ids })
  return new WorkflowResponse(createFavouritesStep(input))
})
