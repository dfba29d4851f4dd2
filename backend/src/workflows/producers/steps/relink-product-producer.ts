import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type { PreparedProductProducer } from "./prepare-product-producer"

/**
 * Makes `producer_id` the product's producer (null: none), replacing the previous link.
 * Compensation restores the previous link.
 */
export const relinkProductProducerStep = createStep(
  "producer-relink-product",
  async (prepared: PreparedProductProducer, { container }) => {
    if (!prepared || prepared.producer_id === prepared.previous_producer_id) return new StepResponse(prepared, null)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const def = (producer_id: string) => ({
      [PRODUCER_MODULE]: { producer_id },
      [Modules.PRODUCT]: { product_id: prepared.product_id },
    })
    if (prepared.previous_producer_id) await link.dismiss(def(prepared.previous_producer_id))
    if (prepared.producer_id) await link.create(def(prepared.producer_id))
    return new StepResponse(prepared, prepared)
  },
  async (prepared, { container }) => {
    if (!prepared) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const def = (producer_id: string) => ({
      [PRODUCER_MODULE]: { producer_id },
      [Modules.PRODUCT]: { product_id: prepared.product_id },
    })
    if (prepared.producer_id) await link.dismiss(def(prepared.producer_id))
    if (prepared.previous_producer_id) await link.create(def(prepared.previous_producer_id))
  }
)
