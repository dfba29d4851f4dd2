import type { StockLocationAddressInput } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Creates the producer's own stock location (where it ships from); compensation deletes it. */
export const createProducerStockLocationStep = createStep(
  "producer-portal-create-stock-location",
  async (input: { name: string; address: StockLocationAddressInput }, { container }) => {
    const service = container.resolve(Modules.STOCK_LOCATION)
    const location = await service.createStockLocations({ name: input.name, address: input.address })
    return new StepResponse(location as { id: string; name: string }, (location as { id: string }).id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve(Modules.STOCK_LOCATION).deleteStockLocations([id])
  }
)
