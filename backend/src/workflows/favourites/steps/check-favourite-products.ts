import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Every product id names a published product; otherwise a 400 that names the unknown ids. */
export const checkFavouriteProductsStep = createStep("check-favourite-products", async (input: { product_ids: string[] }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "status"], filters: { id: input.product_ids } })
  const known = new Set((data as Array<{ id: string; status: string }>).filter((p) => p.status === "published").map((p) => p.id))
  const unknown = input.product_ids.filter((id) => !known.has(id))
  if (unknown.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `product_id: no product on sale has the id ${unknown.join(", ")}`)
  }
  return new StepResponse(input.product_ids)
})
