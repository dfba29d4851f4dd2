import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { unknownProductIds } from "../utils/partner-service"

/** Every product must exist; 400 naming the unknown ones. */
export const checkShelfProductsStep = createStep("partner-shelf-check-products", async (productIds: string[] | undefined, { container }) => {
  const unknown = await unknownProductIds(container, [...new Set(productIds ?? [])])
  if (unknown.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `product_ids: unknown products ${unknown.join(", ")}`)
  }
  return new StepResponse(true)
})
