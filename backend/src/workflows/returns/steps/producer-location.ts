import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ownStockLocationId } from "../../../api/producer/lib/scope"

/** The producer's own stock location, where returned goods are received back into stock. */
export const producerLocationStep = createStep("returns-producer-location", async (input: { producer_id: string }, { container }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "producer",
    fields: ["stock_locations.id", "stock_locations.created_at"],
    filters: { id: input.producer_id },
  })
  return new StepResponse(ownStockLocationId((data[0] as { stock_locations?: Array<{ id: string; created_at?: unknown }> } | undefined)?.stock_locations))
})
