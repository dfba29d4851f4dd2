import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteFavouriteStep } from "./steps/delete-favourite"

/** Takes a product off a customer's favourites; removing one that is not there is not an error. */
export const removeFavouriteWorkflow = createWorkflow("remove-favourite", (input: { customer_id: string; product_id: string }) => {
  return new WorkflowResponse(deleteFavouriteStep(input))
})
