import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"

/** Links a producer to the stock locations it ships from; compensation removes the links. */
export const linkProducerStockLocationsStep = createStep(
  "producer-link-stock-locations",
  async (input: { producer_id: string; stock_location_ids: string[] }, { container }) => {
    const definitions = input.stock_location_ids.map((stock_location_id) => ({
      [PRODUCER_MODULE]: { producer_id: input.producer_id },
      [Modules.STOCK_LOCATION]: { stock_location_id },
    }))
    if (!definitions.length) return new StepResponse([], [])
    await container.resolve(ContainerRegistrationKeys.LINK).create(definitions)
    return new StepResponse(definitions, definitions)
  },
  async (definitions, { container }) => {
    if (!definitions?.length) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(definitions)
  }
)
