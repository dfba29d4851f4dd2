import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalid } from "../../lib/errors"
import { producerService } from "../utils/producer-service"

export type PreparedProductProducer = {
  product_id: string
  producer_id: string | null
  previous_producer_id: string | null
} | null

/** Checks the product and the producer exist and finds the product's current producer. */
export const prepareProductProducerStep = createStep(
  "producer-prepare-product-link",
  async (input: { product_id: string; producer_id: string | null } | null, { container }) => {
    if (!input) return new StepResponse<PreparedProductProducer>(null)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "producer.id"],
      filters: { id: input.product_id },
    })
    const product = products[0] as { id: string; producer?: { id: string } | null } | undefined
    if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `product_id: no product with id ${input.product_id}`)
    if (input.producer_id) {
      const [producer] = await producerService(container).listProducers({ id: input.producer_id }, { select: ["id"] })
      if (!producer) invalid("producer_id", `no producer with id ${input.producer_id}`)
    }
    return new StepResponse<PreparedProductProducer>({
      product_id: product.id,
      producer_id: input.producer_id,
      previous_producer_id: product.producer?.id ?? null,
    })
  }
)
