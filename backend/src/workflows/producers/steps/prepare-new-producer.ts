import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalid } from "../../lib/errors"
import { prepareNewProducer, type CreateProducerInput } from "../producer-rules"
import { assertHandleFree, producerService } from "../utils/producer-service"

/** Validates a new producer and its stock locations; writes nothing. */
export const prepareNewProducerStep = createStep(
  "producer-prepare-new",
  async (input: CreateProducerInput, { container }) => {
    const data = prepareNewProducer(input)
    await assertHandleFree(producerService(container), data.handle)
    const locationIds = [...new Set(input.stock_location_ids ?? [])]
    if (locationIds.length) {
      const locations = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ id: locationIds }, { select: ["id"] })
      const found = new Set(locations.map((l) => l.id))
      const missing = locationIds.filter((id) => !found.has(id))
      if (missing.length) invalid("stock_location_ids", `no stock location with id ${missing.join(", ")}`)
    }
    return new StepResponse({ data, stock_location_ids: locationIds })
  }
)
